import { z } from 'zod';
import type { ExpectedMark, Mark, RegisterDayTotals, RegisterTotals } from '../domain/attendance';
import type { CancelReason, SessionStatus } from '../domain/scheduling';
import { channel, returns } from './channel';
import {
  markKeySchema,
  markSchema,
  monthInputSchema,
  plannedAbsenceListSchema,
  plannedAbsenceSchema,
  rollCallSchema,
} from './attendance-input';
import { dateSchema } from './schedule-input';

export * from './attendance-input';

/** A recorded mark of one person at one session. */
export interface MarkView {
  mark: Mark;
  /** Local "HH:MM" in the centre's zone, for present and late. */
  arrivedAt: string | null;
  departedAt: string | null;
  reason: string;
  note: string;
  /** ISO instant. */
  markedAt: string;
  /** The account that marked; null for the local operator. */
  markedBy: string | null;
}

/** One person expected at a session of the day. */
export interface DayPerson {
  beneficiaryId: number;
  /** "Family Given Patronymic" */
  name: string;
  /** What someone recorded, or null while nobody has. */
  mark: MarkView | null;
  /**
   * What the board pre-fills until someone marks: an excused absence from a planned absence, or the
   * session's cancellation (by the centre, or by the family / for illness as excused). Null otherwise.
   */
  expected: ExpectedMark | null;
}

export interface DaySession {
  sessionId: number;
  startTime: string;
  minutes: number;
  serviceId: number;
  /** Day care records arrival and departure times. */
  dayCare: boolean;
  groupId: number | null;
  groupName: string | null;
  specialistId: number;
  /** "Family G." */
  specialistName: string;
  roomName: string | null;
  status: SessionStatus;
  cancelReason: CancelReason | null;
  people: DayPerson[];
}

export interface AttendanceDay {
  date: string;
  /** The centre's today; marks are refused for dates after it. */
  today: string;
  /** Every session of the day, cancelled ones too, by start time. */
  sessions: DaySession[];
}

/** A mark as stored in a correction, without who made it (the change carries that). */
export type MarkSnapshot = Omit<MarkView, 'markedAt' | 'markedBy'>;

export interface MarkChange {
  /** ISO instant. */
  changedAt: string;
  changedBy: string | null;
  before: MarkSnapshot | null;
  after: MarkSnapshot | null;
}

export interface MarkHistory {
  current: MarkView | null;
  /** Corrections, oldest first. The first mark is not a correction and appears only as `current`. */
  changes: MarkChange[];
}

export interface PlannedAbsenceView {
  id: number;
  beneficiaryId: number;
  /** "Family Given Patronymic" */
  name: string;
  from: string;
  to: string;
  reason: string;
  note: string;
  /** ISO instant. */
  createdAt: string;
}

/** A make-up session the centre owes a person for a session it cancelled. */
export interface MakeupCredit {
  id: number;
  beneficiaryId: number;
  serviceId: number;
  sourceSessionId: number;
  /** Date and start of the cancelled session. */
  sourceDate: string;
  sourceStartTime: string;
  /** Who was to lead the cancelled session: "Family G." */
  sourceSpecialistName: string;
  /** Why the centre cancelled it, as noted. */
  sourceNote: string;
  /** ISO instant. */
  createdAt: string;
}

export interface RollCallResult {
  /** Everyone of the session with the mark they now have. */
  marks: Array<{ beneficiaryId: number; mark: MarkView }>;
}

/** One column of the register. */
export interface RegisterDay {
  date: string;
  /** 1–31. */
  day: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Not one of the centre's working days (weekends): shaded and lettered "closed" on the form. */
  dayOff: boolean;
  /** The name of a holiday or closure covering the day as stored, or null. A closed day is shaded too. */
  closure: string | null;
  /**
   * For a holiday filled in from the calendar, its holiday_key ("2026:navruz"; see parseHolidayKey), so that a
   * register printed in another language can name it from the catalogue; null otherwise.
   */
  holidayKey: string | null;
}

/** One cell: the person's mark for the day. */
export interface RegisterCell {
  /** The day's mark; null when the person's sessions that day are not marked yet (a blank to fill in). */
  mark: Mark | null;
  /** How many sessions the person had that day (the mark is the day's: having come to any wins). */
  sessions: number;
}

export interface RegisterRow {
  /** 1-based number on the form. */
  number: number;
  beneficiaryId: number;
  familyName: string;
  givenName: string;
  patronymic: string;
  /** Aligned with RegisterMonth.days: null when the person had no session that day (before joining, after leaving). */
  cells: Array<RegisterCell | null>;
  /** Counted in days over the month: attended, late, absent (excused / unexcused), cancelled by the centre. */
  totals: RegisterTotals;
}

export type RegisterScope =
  | { kind: 'group'; id: number; name: string; serviceId: number; responsibleId: number; responsible: string }
  | { kind: 'service'; id: number; serviceId: number }
  | { kind: 'specialist'; id: number; responsibleId: number; responsible: string }
  | { kind: 'centre' };

/**
 * The monthly attendance register (табель) as data: people rows × days of the month. Marks come from the
 * recorded marks; an unmarked session counts as what its cancellation or a planned absence implies (see
 * markOfCancellation, expectedMark) and otherwise stays blank. The PDF renders exactly this shape: `days` are
 * the columns, `rows` by family name then given name, `dayTotals` the bottom line (aligned with `days`) and
 * `totals` the sum over everyone. Letters per mark are in the catalogue (attendance.letters.*).
 */
export interface RegisterMonth {
  month: string;
  centreName: string;
  scope: RegisterScope;
  days: RegisterDay[];
  rows: RegisterRow[];
  dayTotals: RegisterDayTotals[];
  totals: RegisterTotals;
}

export const attendanceChannels = {
  /** The Today board for a date: every session by start time with who is expected and their marks. */
  'attendance.day': channel({
    input: z.strictObject({ date: dateSchema }),
    output: returns<AttendanceDay>(),
    permission: 'attendance.read',
  }),
  /**
   * Marks one person at one session. A date after the centre's today is refused (VALIDATION on sessionId,
   * attendance.validation.futureDate); a person not on the session is refused (VALIDATION on beneficiaryId); a
   * cancelled session is refused (CONFLICT, details.key attendance.conflict.sessionCancelled): its people are
   * already accounted for by the cancellation. Present and late record the time of the click on today's session.
   * Changing an existing mark records the correction (before/after). A cancelled_by_centre mark earns a make-up
   * credit; changing it to anything else withdraws the credit while it is unused.
   */
  'attendance.mark': channel({
    input: markSchema,
    output: returns<MarkView>(),
    permission: 'attendance.write',
  }),
  /**
   * Group roll call: everyone on the session is marked present, except the listed exceptions. Someone with a
   * planned absence and no exception gets the excused absence it pre-fills; list them as present to override.
   * Present and late get the time of the roll call on today's session, as a one-click mark does. A cancelled
   * session is refused like attendance.mark.
   */
  'attendance.rollCall': channel({
    input: rollCallSchema,
    output: returns<RollCallResult>(),
    permission: 'attendance.write',
  }),
  'attendance.history': channel({
    input: markKeySchema,
    output: returns<MarkHistory>(),
    permission: 'attendance.read',
  }),
  'attendance.plannedAbsences.list': channel({
    input: plannedAbsenceListSchema,
    output: returns<PlannedAbsenceView[]>(),
    permission: 'attendance.read',
  }),
  'attendance.plannedAbsences.add': channel({
    input: plannedAbsenceSchema,
    output: returns<PlannedAbsenceView>(),
    permission: 'attendance.write',
  }),
  'attendance.plannedAbsences.remove': channel({
    input: z.strictObject({ id: z.number().int().positive() }),
    output: returns<{ removed: number }>(),
    permission: 'attendance.write',
  }),
  /**
   * The person's open make-up credits, oldest first: the receptionist sees them when booking. A credit is open
   * until a booking uses it (schedule.book's makeupCreditId), and open again while that make-up is cancelled.
   */
  'attendance.credits': channel({
    input: z.strictObject({ beneficiaryId: z.number().int().positive() }),
    output: returns<MakeupCredit[]>(),
    permission: 'attendance.read',
  }),
  /** The monthly register's data for a group, a service, a specialist or the whole centre. */
  'attendance.month': channel({
    input: monthInputSchema,
    output: returns<RegisterMonth>(),
    permission: 'attendance.read',
  }),
};
