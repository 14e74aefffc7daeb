/** Excel 导入导出 (to be built). */
export default function WorkbookPage() {
  return <p>Excel 导入导出</p>;
}
