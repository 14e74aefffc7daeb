/** 接入系统 (to be built). */
export default function ClientsPage() {
  return <p>接入系统</p>;
}
