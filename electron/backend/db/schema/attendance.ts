import type { Generated } from 'kysely';

export interface AttendanceMarksTable {
  session_id: number;
  beneficiary_id: number;
  /** One of MARKS. */
  mark: string;
  /** Local "HH:MM" in the centre's zone. */
  arrived_at: string | null;
  departed_at: string | null;
  reason: string;
  note: string;
  marked_at: string;
  marked_by: string | null;
}

export interface AttendanceChangesTable {
  id: Generated<number>;
  session_id: number;
  beneficiary_id: number;
  changed_at: string;
  changed_by: string | null;
  /** JSON of the mark before the change; null when there was none. */
  before_json: string | null;
  /** JSON of the mark after the change; null when it was removed. */
  after_json: string | null;
}

export interface PlannedAbsencesTable {
  id: Generated<number>;
  beneficiary_id: number;
  start_date: string;
  end_date: string;
  reason: string;
  note: string;
  created_at: string;
  created_by: string | null;
}

export interface MakeupCreditsTable {
  id: Generated<number>;
  beneficiary_id: number;
  service_id: number;
  source_session_id: number;
  created_at: string;
  used_by_session_id: number | null;
}

/** Attendance marks, their history, planned absences and make-up credits. */
export interface AttendanceTables {
  attendance_marks: AttendanceMarksTable;
  attendance_changes: AttendanceChangesTable;
  planned_absences: PlannedAbsencesTable;
  makeup_credits: MakeupCreditsTable;
}
