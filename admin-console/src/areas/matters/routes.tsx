import { Navigate, Route, Routes } from 'react-router-dom';
import IntakePage from './intake/IntakePage';
import LedgerPage from './ledger/LedgerPage';
import MatterPage from './matter/MatterPage';
import ReceiptPage from './receipt/ReceiptPage';

/** The window's work (src/areas/matters/area.ts): intake, the ledger, a matter and its receipt. */
export default function MattersRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="ledger" replace />} />
      <Route path="intake" element={<IntakePage />} />
      <Route path="ledger" element={<LedgerPage />} />
      <Route path=":matterId" element={<MatterPage />} />
      <Route path=":matterId/receipt" element={<ReceiptPage />} />
    </Routes>
  );
}
