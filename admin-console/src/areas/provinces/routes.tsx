import { Navigate, Route, Routes } from 'react-router-dom';
import ProvinceCalendarPage from './calendar/ProvinceCalendarPage';
import CentersPage from './centers/CentersPage';
import OnboardingPage from './onboarding/OnboardingPage';
import TemplatesPage from './templates/TemplatesPage';

/** The provincial operator's pages (src/areas/provinces/area.ts). */
export default function ProvincesRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="centers" replace />} />
      <Route path="centers/*" element={<CentersPage />} />
      <Route path="onboarding" element={<OnboardingPage />} />
      <Route path="templates" element={<TemplatesPage />} />
      <Route path="calendar" element={<ProvinceCalendarPage />} />
    </Routes>
  );
}
