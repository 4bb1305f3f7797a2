import type { Clash, NeedingDecision, SessionStatus, CancelReason, SeriesRule } from '../domain/scheduling';
import type { Language } from '../domain/languages';
import { channel, returns } from './channel';
import type { WaitingOfferView } from './waiting';
import {
  bookSchema,
  cancelSchema,
  checkSchema,
  editSeriesSchema,
  moveSchema,
  rangeSchema,
  sessionSchema,
} from './schedule-input';

export * from './schedule-input';

/** One session as the calendar shows it: small, so that a week of the whole centre is one quick answer. */
export interface CalendarSession {
  id: number;
  seriesId: number | null;
  /** Set for a group's session; its people are the group's roster on the session's date. */
  groupId: number | null;
  groupName: string | null;
  date: string;
  startTime: string;
  minutes: number;
  /** ISO UTC instants. */
  start: string;
  end: string;
  serviceId: number;
  specialistId: number;
  /** "Family G." */
  specialistName: string;
  roomId: number | null;
  roomName: string | null;
  beneficiaries: { id: number; name: string }[];
  motherGuardianId: number | null;
  status: SessionStatus;
  cancelReason: CancelReason | null;
  notes: string;
}

/** A series as one of its sessions shows it: its rule, how this session differs and how many are left. */
export interface SessionSeriesSummary {
  rule: SeriesRule;
  /** The date the rule gave this session, kept when it is moved. */
  originalDate: string;
  /** Date, time or length differ from what the rule gives (kept when the series' time is edited). */
  moved: boolean;
  /** Room, specialist or notes differ from the series'. */
  changed: boolean;
  /** Sessions of the series that will take place (not cancelled). */
  scheduledCount: number;
  /** Of those, the ones from today on in the centre's time zone. */
  remainingCount: number;
  /** When every remaining session of the series was cancelled (ISO instant), else null. */
  cancelledAt: string | null;
}

/** Everything the session details show, with names in place of ids. */
export interface SessionDetails {
  id: number;
  seriesId: number | null;
  date: string;
  startTime: string;
  minutes: number;
  /** ISO UTC instants. */
  start: string;
  end: string;
  service: { id: number; names: Record<Language, string>; colour: string };
  /** Full name with patronymic. */
  specialist: { id: number; name: string };
  room: { id: number; name: string } | null;
  beneficiaries: { id: number; name: string }[];
  mother: { id: number; name: string; phone: string | null } | null;
  status: SessionStatus;
  cancelReason: CancelReason | null;
  cancelNote: string;
  notes: string;
  series: SessionSeriesSummary | null;
}

/** The clashes of one session, and for a series which of its sessions it is. */
export interface SessionClashes {
  originalDate: string | null;
  date: string;
  startTime: string;
  clashes: Clash[];
}

/**
 * The details of a refused booking, move or edit (code CONFLICT): every clash with the session it clashes
 * with, per session; `needsOverride` when only soft clashes stand in the way (a manager may set them aside with
 * a reason); `needsDecision` when sessions of a series fall on a closure or a leave and nobody has yet chosen to
 * skip, move or keep them.
 */
export interface ScheduleConflict {
  clashes: SessionClashes[];
  needsOverride: boolean;
  needsDecision: NeedingDecision[];
}

export interface BookResult {
  seriesId: number | null;
  /** The sessions written, in date order (cancelled ones of a series included). */
  sessionIds: number[];
  /** Set when soft clashes were overridden. */
  overrideId: number | null;
}

export const scheduleChannels = {
  /** Sessions whose date lies in [from, to], in start order. */
  'schedule.range': channel({
    input: rangeSchema,
    output: returns<CalendarSession[]>(),
    permission: 'schedule.read',
  }),
  /** One session with its names, people and, for a series, the series' rule and how this session differs. */
  'schedule.session': channel({
    input: sessionSchema,
    output: returns<SessionDetails>(),
    permission: 'schedule.read',
  }),
  /** The clashes a session would have, without writing anything. */
  'schedule.check': channel({
    input: checkSchema,
    output: returns<Clash[]>(),
    permission: 'schedule.read',
  }),
  'schedule.book': channel({
    input: bookSchema,
    output: returns<BookResult>(),
    permission: 'schedule.write',
  }),
  'schedule.move': channel({
    input: moveSchema,
    output: returns<{ sessionId: number; overrideId: number | null }>(),
    permission: 'schedule.write',
  }),
  'schedule.cancel': channel({
    input: cancelSchema,
    /** `offers`: the first person waiting for the service's individual places (not yet marked offered). */
    output: returns<{ cancelled: number[]; offers: WaitingOfferView[] }>(),
    permission: 'schedule.write',
  }),
  'schedule.editSeries': channel({
    input: editSeriesSchema,
    output: returns<{ seriesId: number; sessionIds: number[]; overrideId: number | null }>(),
    permission: 'schedule.write',
  }),
};
