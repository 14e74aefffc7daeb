/** 组织架构 (to be built). */
export default function OrgTreePage() {
  return <p>组织架构</p>;
}
