import { Route, Routes } from 'react-router';
import { MissingNotesPage } from './MissingNotesPage';
import { NoteEditorPage } from './NoteEditorPage';
import { ProgressReportsPage } from './report/ProgressReportsPage';

/** The area's pages under its path; App.tsx mounts this at the area's path with a trailing /*. */
export function NotesRoutes() {
  return (
    <Routes>
      <Route index element={<MissingNotesPage />} />
      <Route path="session/:sessionId" element={<NoteEditorPage />} />
      <Route path="reports" element={<ProgressReportsPage />} />
    </Routes>
  );
}
