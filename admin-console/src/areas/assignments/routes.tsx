import { Navigate, Route, Routes } from 'react-router-dom';
import InboxPage from './inbox/InboxPage';

/** A department's staff (src/areas/assignments/area.ts): their department's assignments. */
export default function AssignmentsRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="inbox" replace />} />
      <Route path="inbox" element={<InboxPage />} />
    </Routes>
  );
}
