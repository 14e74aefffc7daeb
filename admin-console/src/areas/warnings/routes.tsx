import { Navigate, Route, Routes } from 'react-router-dom';
import WarningsPage from './WarningsPage';

/** The center's warnings (src/areas/warnings/area.ts). */
export default function WarningsRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="list" replace />} />
      <Route path="list" element={<WarningsPage />} />
    </Routes>
  );
}
