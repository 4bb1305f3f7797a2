import type { IsoWeekday } from '../settings';

/**
 * The shapes scheduling works with. Times are the centre's floating wall-clock time: dates "YYYY-MM-DD",
 * times "HH:MM"; instants (ISO UTC strings) appear only where sessions are compared with each other.
 */

/** How a series ends: on a date (inclusive), or after a number of sessions (a course of N sessions). */
export type SeriesEnd = { kind: 'until'; date: string } | { kind: 'count'; count: number };

/** "Weekly on these days, every N weeks, from a date, at a time, for so long, until …". */
export interface SeriesRule {
  /** The first day the series may have a session on; the first session is the first chosen weekday from here. */
  startDate: string;
  startTime: string;
  durationMinutes: number;
  /** Ascending, no repeats. */
  weekdays: IsoWeekday[];
  /** 1 = every week, 2 = every other week, counted in Monday-based weeks from the start date's week. */
  intervalWeeks: number;
  end: SeriesEnd;
}

/** Where and when one session takes place, in wall-clock time. */
export interface Slot {
  date: string;
  startTime: string;
  durationMinutes: number;
}

/** One session a rule produces, before any per-occurrence change. */
export interface Occurrence extends Slot {
  /** The date the rule gave it: its identity (RFC 5545 RECURRENCE-ID), kept when the session is moved. */
  originalDate: string;
}

/** Who cancelled: the family, the centre, or illness. */
export const CANCEL_REASONS = ['family', 'centre', 'illness'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export interface Cancellation {
  reason: CancelReason;
  note: string;
}

/** Fields one session of a series may have differently from the series. */
export interface OccurrenceChanges {
  roomId?: number;
  specialistId?: number;
  notes?: string;
}

/**
 * A change to one session of a series, keyed by its original date. One record can move a session and change
 * its room; a cancelled one keeps its move so that un-cancelling puts it back where it was.
 */
export interface OccurrenceException {
  originalDate: string;
  cancelled: Cancellation | null;
  /** The new slot, held as absolute wall-clock time so that it stays put when the series' time changes. */
  moved: Slot | null;
  changes: OccurrenceChanges;
  /** The receptionist kept this session although it falls on a closure or an absence; the note says why. */
  kept: { note: string } | null;
}

/** A session of a series as it will happen (or not), with its exception applied. */
export interface ScheduledOccurrence extends Occurrence {
  status: 'scheduled' | 'cancelled';
  cancelled: Cancellation | null;
  /** Whether date, time or length differ from what the rule gives. */
  moved: boolean;
  changes: OccurrenceChanges;
  kept: boolean;
}

/** A series' rule with the changes to its sessions: what the backend stores for one series. */
export interface SeriesPlan {
  rule: SeriesRule;
  exceptions: OccurrenceException[];
}
