import { Route, Routes } from 'react-router';
import { RequireAccess } from '../auth/RequireAccess';
import { ProgrammeCreatePage } from './create/ProgrammeCreatePage';
import { ProgrammesListPage } from './list/ProgrammesListPage';
import { ProgrammePage } from './page/ProgrammePage';

/** The area's pages under its path; App.tsx mounts this at the area's path with a trailing /*. */
export function ProgrammesRoutes() {
  return (
    <Routes>
      <Route index element={<ProgrammesListPage />} />
      <Route
        path="new"
        element={
          <RequireAccess access="programmes.write">
            <ProgrammeCreatePage />
          </RequireAccess>
        }
      />
      <Route path=":id" element={<ProgrammePage />} />
    </Routes>
  );
}
