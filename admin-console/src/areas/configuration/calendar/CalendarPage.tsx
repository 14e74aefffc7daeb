/** 日历调整 (to be built). */
export default function CalendarPage() {
  return <p>日历调整</p>;
}
