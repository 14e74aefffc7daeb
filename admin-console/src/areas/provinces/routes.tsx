import { Route, Routes } from 'react-router-dom';

/** The provincial operator area's pages (to be built). */
export default function ProvincesRoutes() {
  return (
    <Routes>
      <Route path="*" element={<p>省级运营</p>} />
    </Routes>
  );
}
