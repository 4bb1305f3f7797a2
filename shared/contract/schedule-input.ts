import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar';
import { parseTimeOfDay, type IsoWeekday } from '../domain/settings';
import {
  CANCEL_REASONS,
  MAX_DURATION_MINUTES,
  seriesRuleProblems,
  type SeriesRule,
  type SeriesRuleProblem,
} from '../domain/scheduling';

/** Input schemas of the schedule channels; both the booking form and the backend validate with these. */

export const dateSchema = z.string().refine(isCalendarDate, 'validation.date');
export const timeSchema = z.string().refine((text) => parseTimeOfDay(text) !== null, 'validation.timeOfDay');
export const minutesSchema = z.number().int().min(1).max(MAX_DURATION_MINUTES);
const id = z.number().int().positive();

/** The catalogue key of a rule problem: schedule.validation.<field> or, for too many sessions, tooManySessions. */
export function ruleProblemKey(problem: SeriesRuleProblem): string {
  return problem.problem === 'tooMany'
    ? 'schedule.validation.tooManySessions'
    : `schedule.validation.${problem.field}`;
}

const endSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('until'), date: dateSchema }),
  z.strictObject({ kind: z.literal('count'), count: z.number().int().min(1) }),
]);
const weekdaysSchema = z
  .array(z.number().int().min(1).max(7))
  .min(1, 'schedule.validation.weekdays')
  .refine((days) => new Set(days).size === days.length, 'schedule.validation.weekdays')
  .transform((days) => [...days].sort((a, b) => a - b) as IsoWeekday[]);

/** What makes a booking repeat: the rest of the rule comes from the booking's date, time and length. */
export const repeatSchema = z.strictObject({
  weekdays: weekdaysSchema,
  intervalWeeks: z.number().int().min(1).max(52).default(1),
  end: endSchema,
});
export type RepeatInput = z.input<typeof repeatSchema>;

/** A whole SeriesRule, with each of the domain's rule problems reported on its own field. */
export const seriesRuleSchema = z
  .strictObject({
    startDate: dateSchema,
    startTime: timeSchema,
    durationMinutes: minutesSchema,
    weekdays: weekdaysSchema,
    intervalWeeks: z.number().int().min(1).max(52),
    end: endSchema,
  })
  .superRefine((rule, ctx) => {
    for (const problem of seriesRuleProblems(rule))
      ctx.addIssue({ code: 'custom', message: ruleProblemKey(problem), path: [problem.field] });
  });

/** The rule of a booking that repeats, from the booking's own fields and its repeat part. */
export function ruleOf(
  booking: { date: string; startTime: string; minutes: number },
  repeat: z.output<typeof repeatSchema>,
): SeriesRule {
  return {
    startDate: booking.date,
    startTime: booking.startTime,
    durationMinutes: booking.minutes,
    weekdays: repeat.weekdays,
    intervalWeeks: repeat.intervalWeeks,
    end: repeat.end,
  };
}

/** Where each rule field of a booking's problems is shown on the booking form. */
const BOOKING_PATH: Record<SeriesRuleProblem['field'], (string | number)[]> = {
  startDate: ['date'],
  startTime: ['startTime'],
  durationMinutes: ['minutes'],
  weekdays: ['repeat', 'weekdays'],
  intervalWeeks: ['repeat', 'intervalWeeks'],
  end: ['repeat', 'end'],
};

const slotSchema = z.strictObject({
  date: dateSchema,
  startTime: timeSchema,
  durationMinutes: minutesSchema,
});
const noteSchema = z.string().trim().max(1000).default('');

/** The receptionist's choice for a session of a series that falls on a closure or a leave. */
export const decisionSchema = z.discriminatedUnion('choice', [
  z.strictObject({
    originalDate: dateSchema,
    choice: z.literal('skip'),
    reason: z.enum(CANCEL_REASONS),
    note: noteSchema,
  }),
  z.strictObject({ originalDate: dateSchema, choice: z.literal('move'), to: slotSchema }),
  z.strictObject({ originalDate: dateSchema, choice: z.literal('keep'), note: noteSchema }),
]);

/** A manager's reason for setting soft clashes aside. */
export const overrideSchema = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

/** Who, what, where and when of one session: what a booking and a check share. */
const sessionFields = {
  serviceId: id,
  specialistId: id,
  roomId: id.nullable(),
  beneficiaryId: id,
  motherGuardianId: id.nullable().default(null),
  date: dateSchema,
  startTime: timeSchema,
  minutes: minutesSchema,
};

export const bookSchema = z
  .strictObject({
    ...sessionFields,
    notes: z.string().trim().max(2000).default(''),
    repeat: repeatSchema.optional(),
    decisions: z.array(decisionSchema).max(400).default([]),
    override: overrideSchema.optional(),
    /** The open make-up credit (attendance.credits) this one session makes up for; used in the same write. */
    makeupCreditId: id.optional(),
  })
  .superRefine((booking, ctx) => {
    if (!booking.repeat) return;
    if (booking.makeupCreditId !== undefined)
      ctx.addIssue({ code: 'custom', message: 'booking.validation.creditOnce', path: ['makeupCreditId'] });
    for (const problem of seriesRuleProblems(ruleOf(booking, booking.repeat)))
      ctx.addIssue({ code: 'custom', message: ruleProblemKey(problem), path: BOOKING_PATH[problem.field] });
  });
export type BookInput = z.input<typeof bookSchema>;

export const checkSchema = z.strictObject({
  /** The session being moved, which does not clash with itself. */
  sessionId: id.nullable().default(null),
  ...sessionFields,
});

export const moveSchema = z.strictObject({
  sessionId: id,
  date: dateSchema,
  startTime: timeSchema,
  minutes: minutesSchema,
  roomId: id.nullable().optional(),
  specialistId: id.optional(),
  override: overrideSchema.optional(),
});

export const SCOPES = ['this', 'following', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

export const cancelSchema = z.strictObject({
  sessionId: id,
  scope: z.enum(SCOPES).default('this'),
  reason: z.enum(CANCEL_REASONS),
  note: noteSchema,
});

export const editSeriesSchema = z.strictObject({
  sessionId: id,
  scope: z.enum(SCOPES),
  changes: z
    .strictObject({
      startTime: timeSchema.optional(),
      minutes: minutesSchema.optional(),
      weekdays: weekdaysSchema.optional(),
      roomId: id.nullable().optional(),
      specialistId: id.optional(),
    })
    .refine((changes) => Object.values(changes).some((v) => v !== undefined), 'validation.required'),
  decisions: z.array(decisionSchema).max(400).default([]),
  override: overrideSchema.optional(),
});

export const rangeSchema = z
  .strictObject({
    from: dateSchema,
    to: dateSchema,
    specialistId: id.optional(),
    roomId: id.optional(),
    beneficiaryId: id.optional(),
    serviceId: id.optional(),
    /** One group's sessions. */
    groupId: id.optional(),
    includeCancelled: z.boolean().default(false),
  })
  .refine((range) => range.from <= range.to, { message: 'validation.dateRange', path: ['to'] });

export const sessionSchema = z.strictObject({ id });
