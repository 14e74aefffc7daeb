import { Navigate, Route, Routes } from 'react-router-dom';
import BoardPage from './board/BoardPage';
import ItemPage from './item/ItemPage';
import ItemsPage from './items/ItemsPage';

/** Supervision (src/areas/supervision/area.ts): the board, the items, an item. */
export default function SupervisionRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="board" replace />} />
      <Route path="board" element={<BoardPage />} />
      <Route path="items" element={<ItemsPage />} />
      <Route path="items/:supervisionId" element={<ItemPage />} />
    </Routes>
  );
}
