import { Route, Routes } from 'react-router';
import { ReportsPage } from './ReportsPage';

/** The area's pages under its path; App.tsx mounts this at the area's path with a trailing /*. */
export function ReportsRoutes() {
  return (
    <Routes>
      <Route index element={<ReportsPage />} />
    </Routes>
  );
}
