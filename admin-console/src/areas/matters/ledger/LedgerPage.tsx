/** 事项台账 (to be built). */
export default function LedgerPage() {
  return <p>事项台账</p>;
}
