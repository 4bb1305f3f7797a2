import type { EligibilityCriterion } from '../services';
import type { WorkingHours } from '../staff';
import type { Session } from './sessions';

/**
 * What can stand in the way of a booking, and whether it can be overridden.
 *
 * Hard clashes describe something that cannot physically happen or is unsafe: a person (specialist, child,
 * mother) in two places at once, or more people in a room or the pool than it has places. Nobody overrides
 * them; the booking is refused.
 *
 * Soft clashes are rules the centre keeps but a manager may set aside with a reason that is recorded: working
 * outside one's hours (an evening session agreed with the family), a session on a closure or during a
 * specialist's leave (the receptionist's "keep" for a series), a child just outside the service's age band or
 * without the usual eligibility (a referral still being processed).
 */

export const CLASH_KINDS = [
  'specialist_busy',
  'beneficiary_busy',
  'mother_busy',
  'room_over_capacity',
  'closed_day',
  'on_leave',
  'outside_working_hours',
  'outside_age_band',
  'not_eligible',
] as const;
export type ClashKind = (typeof CLASH_KINDS)[number];

export type Severity = 'hard' | 'soft';

export const CLASH_SEVERITY: Readonly<Record<ClashKind, Severity>> = {
  specialist_busy: 'hard',
  beneficiary_busy: 'hard',
  mother_busy: 'hard',
  room_over_capacity: 'hard',
  closed_day: 'soft',
  on_leave: 'soft',
  outside_working_hours: 'soft',
  outside_age_band: 'soft',
  not_eligible: 'soft',
};

/** The session a clash is with, enough to name it in the list of clashes. */
export type ClashWith = Pick<
  Session,
  'id' | 'start' | 'end' | 'serviceId' | 'specialistId' | 'roomId' | 'groupId' | 'seriesId'
>;

type Hard<K extends ClashKind, T> = { kind: K; severity: 'hard' } & T;
type Soft<K extends ClashKind, T> = { kind: K; severity: 'soft' } & T;

export type Clash =
  | Hard<'specialist_busy', { specialistId: number; with: ClashWith }>
  | Hard<'beneficiary_busy', { beneficiaryId: number; with: ClashWith }>
  | Hard<'mother_busy', { guardianId: number; with: ClashWith }>
  | Hard<
      'room_over_capacity',
      {
        roomId: number;
        capacity: number;
        /** Places taken at the fullest moment of the session, counting the new one. */
        needed: number;
        /** The sessions in the room at that moment. */
        with: ClashWith[];
      }
    >
  | Soft<'closed_day', { date: string; closureId: number }>
  | Soft<'on_leave', { specialistId: number; date: string; absenceId: number }>
  | Soft<
      'outside_working_hours',
      { specialistId: number; date: string; startTime: string; endTime: string; hours: WorkingHours | null }
    >
  | Soft<
      'outside_age_band',
      { beneficiaryId: number; ageMonths: number; minAgeMonths: number | null; maxAgeMonths: number | null }
    >
  | Soft<'not_eligible', { beneficiaryId: number; required: EligibilityCriterion[] }>;

/**
 * What the backend does with the clashes of a booking: book it; refuse it (a hard clash, whatever the reason
 * given); ask for a manager's override reason (soft clashes only); or book it and record the override.
 */
export type BookingVerdict = 'ok' | 'refused' | 'needs_override' | 'overridden';

export function bookingVerdict(clashes: readonly Clash[], overrideReason: string | null): BookingVerdict {
  if (clashes.some((clash) => clash.severity === 'hard')) return 'refused';
  if (clashes.length === 0) return 'ok';
  return overrideReason !== null && overrideReason.trim() !== '' ? 'overridden' : 'needs_override';
}
