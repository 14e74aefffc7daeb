/** 事项详情 (to be built). */
export default function MatterPage() {
  return <p>事项详情</p>;
}
