/** 考核指标 (to be built). */
export default function KpisPage() {
  return <p>考核指标</p>;
}
