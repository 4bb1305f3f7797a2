import type { Generated } from 'kysely';

export interface SeriesTable {
  id: Generated<number>;
  service_id: number;
  specialist_id: number;
  room_id: number | null;
  beneficiary_id: number;
  mother_guardian_id: number | null;
  /** RFC 5545 text with a floating DTSTART. */
  rrule: string;
  duration_minutes: number;
  notes: string;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
}

export interface SeriesExceptionsTable {
  series_id: number;
  original_date: string;
  cancelled_reason: string | null;
  cancelled_note: string;
  moved_date: string | null;
  moved_time: string | null;
  moved_minutes: number | null;
  room_id: number | null;
  specialist_id: number | null;
  notes: string | null;
  kept_note: string | null;
}

export interface SessionsTable {
  id: Generated<number>;
  series_id: number | null;
  original_date: string | null;
  service_id: number;
  specialist_id: number;
  room_id: number | null;
  mother_guardian_id: number | null;
  date: string;
  start_time: string;
  minutes: number;
  start_at: string;
  end_at: string;
  status: string;
  cancel_reason: string | null;
  cancel_note: string;
  notes: string;
  created_at: string;
  updated_at: string;
  /** Set for a group's session (series_id is then null). */
  group_id: number | null;
  /** The date the group's timetable gave the session; differs from `date` once it is moved on its own. */
  group_original_date: string | null;
  /** 1 when a group session was moved or cancelled on its own: a new timetable leaves it as it is. */
  group_detached: Generated<number>;
}

export interface SessionBeneficiariesTable {
  session_id: number;
  beneficiary_id: number;
}

export interface BookingOverridesTable {
  id: Generated<number>;
  session_id: number | null;
  series_id: number | null;
  /** JSON array of clash kinds. */
  clash_kinds: string;
  reason: string;
  user_id: string | null;
  created_at: string;
  group_id: number | null;
  enrolment_id: number | null;
}

/** Individual bookings: weekly series, their exceptions and the sessions. */
export interface ScheduleTables {
  series: SeriesTable;
  series_exceptions: SeriesExceptionsTable;
  sessions: SessionsTable;
  session_beneficiaries: SessionBeneficiariesTable;
  booking_overrides: BookingOverridesTable;
}
