import { Navigate, Route, Routes } from 'react-router-dom';
import AccountsPage from './accounts/AccountsPage';
import ClientsPage from './clients/ClientsPage';

/** A center's people and integrator clients (src/areas/people/area.ts). */
export default function PeopleRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="accounts" replace />} />
      <Route path="accounts" element={<AccountsPage />} />
      <Route path="clients" element={<ClientsPage />} />
    </Routes>
  );
}
