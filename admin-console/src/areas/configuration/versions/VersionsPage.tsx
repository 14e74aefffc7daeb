/** 版本历史 (to be built). */
export default function VersionsPage() {
  return <p>版本历史</p>;
}
