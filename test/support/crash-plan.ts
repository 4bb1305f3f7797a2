import { addDays } from '../../shared/domain/calendar';

/** What the crash test's parent prepared for its children: the clock, who to book and which marks to set. */
export interface CrashPlan {
  /** The children's clock: after the marked sessions, before the booked series. */
  now: string;
  serviceId: number;
  lanes: Array<{ beneficiaryId: number; specialistId: number; roomId: number }>;
  marks: Array<{ sessionId: number; beneficiaryId: number }>;
}

export const CRASH_PLAN_FILE = 'crash-plan.json';
/** Monday 1 June 2026: the first block of series. */
const FIRST_MONDAY = '2026-06-01';
const SLOTS = 9;
export const CRASH_MARKS = ['present', 'late', 'absent_unexcused'] as const;
export const SERIES_COUNT = 3;

/** Series number i: a distinct lane, weekday and hour, three weekly sessions, in three-week blocks. */
export function seriesInput(plan: CrashPlan, i: number) {
  const lane = plan.lanes[i % plan.lanes.length]!;
  const j = Math.floor(i / plan.lanes.length);
  const slot = j % SLOTS;
  const weekday = Math.floor(j / SLOTS) % 5;
  const block = Math.floor(j / (SLOTS * 5));
  return {
    serviceId: plan.serviceId,
    specialistId: lane.specialistId,
    roomId: lane.roomId,
    beneficiaryId: lane.beneficiaryId,
    date: addDays(FIRST_MONDAY, block * 21 + weekday),
    startTime: `${String(8 + slot).padStart(2, '0')}:00`,
    minutes: 45,
    repeat: {
      weekdays: [weekday + 1],
      intervalWeeks: 1,
      end: { kind: 'count' as const, count: SERIES_COUNT },
    },
  };
}
