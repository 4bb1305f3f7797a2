import { z } from 'zod';
import {
  GOAL_DOMAINS,
  PROGRAMME_STATUSES,
  isPeriodValid,
  normaliseIcfCode,
  repeatedLevels,
} from '../domain/programmes';
import { dateSchema, decisionSchema, minutesSchema, overrideSchema, timeSchema } from './schedule-input';

/** Input schemas of the programme channels; the forms validate with the same ones. */

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);

export const MAX_GOALS = 30;
export const MAX_ICF_CODES = 12;

const periodFields = {
  startDate: dateSchema,
  reviewDate: dateSchema,
  endDate: dateSchema,
};

type Period = { startDate: string; reviewDate: string; endDate: string };

/** The end after the start, the review inside the period; reported on the field to change. */
function checkPeriod(period: Period, ctx: z.RefinementCtx): void {
  if (isPeriodValid(period)) return;
  if (period.endDate <= period.startDate)
    ctx.addIssue({ code: 'custom', message: 'programmes.validation.endBeforeStart', path: ['endDate'] });
  else ctx.addIssue({ code: 'custom', message: 'programmes.validation.reviewOutside', path: ['reviewDate'] });
}

const icfCodeSchema = z
  .string()
  .refine((code) => normaliseIcfCode(code) !== null, 'programmes.validation.icfCode')
  .transform((code) => normaliseIcfCode(code) ?? code);

/** Five descriptions, −2 … +2, each written and none a copy of another. */
export const scaleSchema = z
  .tuple([required(500), required(500), required(500), required(500), required(500)])
  .superRefine((scale, ctx) => {
    for (const level of repeatedLevels(scale))
      ctx.addIssue({ code: 'custom', message: 'programmes.validation.levelRepeated', path: [level + 2] });
  });

export const goalFieldsSchema = z.strictObject({
  goal: required(1000),
  domain: z.enum(GOAL_DOMAINS),
  icfCodes: z
    .array(icfCodeSchema)
    .max(MAX_ICF_CODES)
    .default([])
    .refine((codes) => new Set(codes).size === codes.length, 'programmes.validation.icfRepeated'),
  baseline: text(2000).default(''),
  scale: scaleSchema,
});
export type GoalInput = z.input<typeof goalFieldsSchema>;

export const programmeCreateSchema = z
  .strictObject({
    beneficiaryId: id,
    ...periodFields,
    notes: text(4000).default(''),
    goals: z.array(goalFieldsSchema).max(MAX_GOALS).default([]),
  })
  .superRefine(checkPeriod);
export type ProgrammeCreateInput = z.input<typeof programmeCreateSchema>;

export const programmeUpdateSchema = z
  .strictObject({ id, ...periodFields, notes: text(4000).default('') })
  .superRefine(checkPeriod);
export type ProgrammeUpdateInput = z.input<typeof programmeUpdateSchema>;

export const programmeListSchema = z.strictObject({
  /** Any part of the person's name, in either script. */
  query: z.string().max(200).default(''),
  beneficiaryId: id.nullable().default(null),
  status: z.enum(PROGRAMME_STATUSES).nullable().default(null),
  /** Only active programmes whose review date is today or past. */
  dueForReview: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ProgrammeListInput = z.input<typeof programmeListSchema>;

export const setStatusSchema = z.strictObject({ id, status: z.enum(PROGRAMME_STATUSES) });

export const prescriptionFieldsSchema = z.strictObject({
  serviceId: id,
  sessionsPerWeek: z.number().int().min(1).max(7),
  weeks: z.number().int().min(1).max(104),
  minutes: minutesSchema,
  specialistId: id.nullable().default(null),
  notes: text(1000).default(''),
});
export type PrescriptionInput = z.input<typeof prescriptionFieldsSchema>;

const weekdaysSchema = z
  .array(z.number().int().min(1).max(7))
  .min(1, 'schedule.validation.weekdays')
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'schedule.validation.weekdays');

/**
 * Booking a prescription: the receptionist picks when and with whom; the service, the person and the length
 * come from the prescription, and the number of sessions is what is still to be booked of it.
 */
export const bookPrescriptionSchema = z.strictObject({
  prescriptionId: id,
  startDate: dateSchema,
  weekdays: weekdaysSchema,
  startTime: timeSchema,
  specialistId: id,
  roomId: id.nullable(),
  motherGuardianId: id.nullable().default(null),
  notes: text(2000).default(''),
  decisions: z.array(decisionSchema).max(400).default([]),
  override: overrideSchema.optional(),
});
export type BookPrescriptionInput = z.input<typeof bookPrescriptionSchema>;

export const reviewSchema = z.strictObject({
  programmeId: id,
  reviewDate: dateSchema,
  reviewerId: id.nullable().default(null),
  conclusion: required(4000),
  /** One level per goal of the programme; a goal left out is reported as `levels.<goalId>`. */
  levels: z.array(z.strictObject({ goalId: id, level: z.number().int().min(-2).max(2) })).max(MAX_GOALS),
});
export type ReviewInput = z.input<typeof reviewSchema>;

export const nextPeriodSchema = z.strictObject({ programmeId: id });
