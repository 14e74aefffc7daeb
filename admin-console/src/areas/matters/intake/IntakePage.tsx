/** 登记受理 (to be built). */
export default function IntakePage() {
  return <p>登记受理</p>;
}
