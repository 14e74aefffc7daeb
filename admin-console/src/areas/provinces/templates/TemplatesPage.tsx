/** 配置模板 (to be built). */
export default function TemplatesPage() {
  return <p>配置模板</p>;
}
