import { checkSchema } from '../../../../../shared/contract/schedule';
import { isoWeekdayOf, isCalendarDate } from '../../../../../shared/domain/calendar';
import type { IsoWeekday } from '../../../../../shared/domain/settings';
import { decisionInputs, type DecisionDrafts } from '../conflict/decisions';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';

/** What the booking dialog holds, as typed: select values are ids as text, numbers may be half typed. */
export interface BookingValues {
  serviceId: string | null;
  specialistId: string | null;
  beneficiaryId: string | null;
  motherGuardianId: string | null;
  roomId: string | null;
  /** DD.MM.YYYY as typed. */
  date: string;
  startTime: string;
  minutes: number | string;
  notes: string;
  repeat: boolean;
  weekdays: IsoWeekday[];
  intervalWeeks: number | string;
  endKind: 'count' | 'until';
  count: number | string;
  until: string;
  /** The manager's reason, asked for when only soft clashes stand in the way. */
  overrideReason: string;
  /** The make-up credit this booking uses, as the id's text; null for an ordinary booking. */
  makeupCreditId: string | null;
}

/** What the answer to a refusal adds to the booking. */
export interface BookingAnswers {
  decisions: DecisionDrafts;
  /** Set once the booking needs an override: the reason is then sent, and an empty one is refused on its field. */
  override: boolean;
}

/** Where the dialog was opened from: a selected time range, a specialist's or a room's column. */
export interface BookingPrefill {
  date?: string;
  startTime?: string;
  minutes?: number;
  specialistId?: number;
  roomId?: number;
}

export function emptyBooking(prefill: BookingPrefill, today: string): BookingValues {
  return {
    serviceId: null,
    specialistId: prefill.specialistId === undefined ? null : String(prefill.specialistId),
    beneficiaryId: null,
    motherGuardianId: null,
    roomId: prefill.roomId === undefined ? null : String(prefill.roomId),
    date: toTypedDate(prefill.date ?? today),
    startTime: prefill.startTime ?? '',
    minutes: prefill.minutes ?? '',
    notes: '',
    repeat: false,
    weekdays: [],
    intervalWeeks: 1,
    endKind: 'count',
    count: '',
    until: '',
    overrideReason: '',
    makeupCreditId: null,
  };
}

/** An id from a select, or null; a missing required id is refused by the schema as "required". */
function idOf(value: string | null): number | null {
  return value === null || value === '' ? null : Number(value);
}

/** A number as typed: what is not one yet is passed on for the schema to refuse on its field. */
function numberOf(value: number | string): number | undefined {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** The fields a booking and a check share, from what was typed. */
function sessionInput(values: BookingValues) {
  return {
    serviceId: idOf(values.serviceId) ?? undefined,
    specialistId: idOf(values.specialistId) ?? undefined,
    roomId: idOf(values.roomId),
    beneficiaryId: idOf(values.beneficiaryId) ?? undefined,
    motherGuardianId: idOf(values.motherGuardianId),
    date: typedDateInput(values.date),
    startTime: values.startTime.trim(),
    minutes: numberOf(values.minutes),
  };
}

/** The schedule.book input (bookSchema) from the dialog; invalid parts are left for the schema to name. */
export function toBookInput(values: BookingValues, answers: BookingAnswers): unknown {
  const minutes = numberOf(values.minutes) ?? 0;
  return {
    ...sessionInput(values),
    notes: values.notes,
    ...(values.repeat && {
      repeat: {
        weekdays: values.weekdays,
        intervalWeeks: numberOf(values.intervalWeeks),
        end:
          values.endKind === 'count'
            ? { kind: 'count', count: numberOf(values.count) }
            : { kind: 'until', date: typedDateInput(values.until) },
      },
    }),
    decisions: decisionInputs(answers.decisions, minutes),
    ...(values.makeupCreditId !== null && { makeupCreditId: Number(values.makeupCreditId) }),
    ...(answers.override && { override: { reason: values.overrideReason } }),
  };
}

/** The schedule.check input for the first session once every needed field is filled in well, else null. */
export function toCheckInput(values: BookingValues) {
  const parsed = checkSchema.safeParse(sessionInput(values));
  return parsed.success ? parsed.data : null;
}

/**
 * Where a problem at an input path is shown in the dialog: the repeat rule's fields have their own names, the
 * end follows the kind chosen, the override reason is its own field.
 */
export function bookingFieldPath(path: string, values: Pick<BookingValues, 'endKind'>): string {
  if (path === 'repeat.weekdays' || path.startsWith('repeat.weekdays.')) return 'weekdays';
  if (path === 'repeat.intervalWeeks') return 'intervalWeeks';
  if (path.startsWith('repeat.end')) return values.endKind === 'count' ? 'count' : 'until';
  if (path.startsWith('override')) return 'overrideReason';
  return path;
}

/** Switching repeat on starts from the weekday of the chosen date, the one a receptionist means most often. */
export function weekdaysFor(date: string): IsoWeekday[] {
  const parsed = typedDateInput(date);
  return isCalendarDate(parsed) ? [isoWeekdayOf(parsed)] : [];
}

/**
 * What a refusal was about: the booking without its notes and answers. When this changes (another time,
 * person or rule), the refusal and the decisions asked for no longer apply.
 */
export function attemptKey(input: unknown): string {
  if (input === null || typeof input !== 'object') return '';
  const {
    notes: _notes,
    decisions: _decisions,
    override: _override,
    ...rest
  } = input as Record<string, unknown>;
  return JSON.stringify(rest);
}
