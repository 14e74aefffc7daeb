import { Route, Routes } from 'react-router-dom';

/** The matters area's pages (to be built). */
export default function MattersRoutes() {
  return (
    <Routes>
      <Route path="*" element={<p>事项办理</p>} />
    </Routes>
  );
}
