import { Route, Routes } from 'react-router-dom';

/** The people and clients area's pages (to be built). */
export default function PeopleRoutes() {
  return (
    <Routes>
      <Route path="*" element={<p>人员与接入</p>} />
    </Routes>
  );
}
