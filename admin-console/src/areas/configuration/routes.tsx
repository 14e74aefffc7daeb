import { Navigate, Route, Routes } from 'react-router-dom';
import CalendarPage from './calendar/CalendarPage';
import CategoriesPage from './categories/CategoriesPage';
import DepartmentsPage from './departments/DepartmentsPage';
import HallPage from './hall/HallPage';
import KpisPage from './kpis/KpisPage';
import OrgTreePage from './org-tree/OrgTreePage';
import VersionsPage from './versions/VersionsPage';
import WorkbookPage from './workbook/WorkbookPage';

/** A center's configuration, a page per section (src/areas/configuration/area.ts). */
export default function ConfigurationRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="org-tree" replace />} />
      <Route path="org-tree" element={<OrgTreePage />} />
      <Route path="hall" element={<HallPage />} />
      <Route path="departments" element={<DepartmentsPage />} />
      <Route path="categories" element={<CategoriesPage />} />
      <Route path="kpis" element={<KpisPage />} />
      <Route path="calendar" element={<CalendarPage />} />
      <Route path="versions/*" element={<VersionsPage />} />
      <Route path="workbook" element={<WorkbookPage />} />
    </Routes>
  );
}
