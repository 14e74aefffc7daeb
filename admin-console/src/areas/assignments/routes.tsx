import { Route, Routes } from 'react-router-dom';

/** The department assignments area's pages (to be built). */
export default function AssignmentsRoutes() {
  return (
    <Routes>
      <Route path="*" element={<p>部门办理</p>} />
    </Routes>
  );
}
