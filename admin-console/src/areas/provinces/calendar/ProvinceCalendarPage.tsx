/** 工作日历 (to be built). */
export default function ProvinceCalendarPage() {
  return <p>工作日历</p>;
}
