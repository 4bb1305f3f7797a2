import { Route, Routes } from 'react-router';
import { ComingSoonPage } from '../placeholder/ComingSoonPage';

/** The area's pages under its path; App.tsx mounts this at the area's path with a trailing /*. */
export function NotesRoutes() {
  return (
    <Routes>
      <Route index element={<ComingSoonPage title="nav.notes" />} />
    </Routes>
  );
}
