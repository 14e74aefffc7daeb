import { Navigate, Route, Routes } from 'react-router-dom';
import NotificationsPage from './NotificationsPage';

/** The signed-in person's inbox (src/areas/notifications/area.ts). */
export default function NotificationsRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="inbox" replace />} />
      <Route path="inbox" element={<NotificationsPage />} />
    </Routes>
  );
}
