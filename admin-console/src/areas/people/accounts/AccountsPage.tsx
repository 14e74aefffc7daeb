/** 工作人员账号 (to be built). */
export default function AccountsPage() {
  return <p>工作人员账号</p>;
}
