import type { Generated } from 'kysely';

export interface ProgressNotesTable {
  id: Generated<number>;
  session_id: number;
  beneficiary_id: number;
  /** One of NOTE_STATUSES. */
  status: string;
  what_was_done: Generated<string>;
  observations: Generated<string>;
  author_by: string | null;
  author_staff_id: number | null;
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  signed_by: string | null;
  signed_staff_id: number | null;
}

export interface ProgressNoteRatingsTable {
  note_id: number;
  goal_id: number;
  /** −2 … +2. */
  level: number;
}

export interface ProgressNoteAmendmentsTable {
  id: Generated<number>;
  note_id: number;
  text: string;
  author_by: string | null;
  author_staff_id: number | null;
  created_at: string;
}

export interface NoteTemplatesTable {
  id: Generated<number>;
  service_id: number;
  title: string;
  what_was_done: Generated<string>;
  observations: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** Session progress notes, their ratings, amendments and templates. */
export interface NotesTables {
  progress_notes: ProgressNotesTable;
  progress_note_ratings: ProgressNoteRatingsTable;
  progress_note_amendments: ProgressNoteAmendmentsTable;
  note_templates: NoteTemplatesTable;
}
