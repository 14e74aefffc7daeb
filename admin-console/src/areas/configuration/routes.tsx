import { Route, Routes } from 'react-router-dom';

/** The center configuration area's pages (to be built). */
export default function ConfigurationRoutes() {
  return (
    <Routes>
      <Route path="*" element={<p>中心配置</p>} />
    </Routes>
  );
}
