/** 大厅布局 (to be built). */
export default function HallPage() {
  return <p>大厅布局</p>;
}
