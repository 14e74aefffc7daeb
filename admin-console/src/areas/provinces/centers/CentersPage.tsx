/** 中心总览 (to be built). */
export default function CentersPage() {
  return <p>中心总览</p>;
}
