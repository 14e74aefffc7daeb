/** 事项类别与时限 (to be built). */
export default function CategoriesPage() {
  return <p>事项类别与时限</p>;
}
