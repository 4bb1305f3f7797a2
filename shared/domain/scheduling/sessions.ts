import type { Cancellation, OccurrenceException, SeriesRule } from './types';

/** Booked sessions and the series that produce them, as the backend stores and the calendar shows them. */

export type SessionStatus = 'scheduled' | 'cancelled';

export interface Session {
  id: number;
  serviceId: number;
  specialistId: number;
  /** Null for a session outside the centre's rooms (a home visit). */
  roomId: number | null;
  groupId: number | null;
  seriesId: number | null;
  /** For a session of a series: the date the rule gave it (its recurrence id). */
  originalDate: string | null;
  /** The people taking part; for a group session, its roster on the session's date. */
  beneficiaryIds: number[];
  /** The mother who attends with the child (early intervention). */
  motherGuardianId: number | null;
  /** Wall-clock date and time in the centre's zone. */
  date: string;
  startTime: string;
  durationMinutes: number;
  /** The same, as instants (ISO UTC): what overlap checks and range queries compare. */
  start: string;
  end: string;
  status: SessionStatus;
  cancelled: Cancellation | null;
  notes: string;
}

/** A recurring series: an individual course, or the timetable of a group. */
export interface Series {
  id: number;
  serviceId: number;
  specialistId: number;
  roomId: number | null;
  /** A group's series takes its people from the group's roster on each date. */
  groupId: number | null;
  beneficiaryId: number | null;
  motherGuardianId: number | null;
  notes: string;
  rule: SeriesRule;
  exceptions: OccurrenceException[];
}

/** Half-open intervals [start, end): a session ending at 10:00 and one starting at 10:00 do not overlap. */
export function instantsOverlap(
  a: { start: string; end: string },
  b: { start: string; end: string },
): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}
