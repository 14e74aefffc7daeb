/** 入驻部门与排班 (to be built). */
export default function DepartmentsPage() {
  return <p>入驻部门与排班</p>;
}
