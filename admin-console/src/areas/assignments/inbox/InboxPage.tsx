/** 本部门待办 (to be built). */
export default function InboxPage() {
  return <p>本部门待办</p>;
}
