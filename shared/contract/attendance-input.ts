import { z } from 'zod';
import { isMonth, markProblems, MARKS, plannedAbsenceProblem } from '../domain/attendance';
import { dateSchema, timeSchema } from './schedule-input';

/** Input schemas of the attendance channels; the Today board and roll call validate with these too. */

const id = z.number().int().positive();
const reasonSchema = z.string().trim().max(500).default('');
const noteSchema = z.string().trim().max(1000).default('');

export const markSchema = z
  .strictObject({
    sessionId: id,
    beneficiaryId: id,
    mark: z.enum(MARKS),
    /** "HH:MM"; for present or late. Left out on today's session, the time of the click is recorded. */
    arrivedAt: timeSchema.nullable().optional(),
    /** "HH:MM"; day care records when the child was collected. */
    departedAt: timeSchema.nullable().optional(),
    reason: reasonSchema,
    note: noteSchema,
  })
  .superRefine((input, ctx) => {
    for (const p of markProblems(input))
      ctx.addIssue({ code: 'custom', message: `attendance.validation.${p.problem}`, path: [p.field] });
  });

const exceptionSchema = z
  .strictObject({
    beneficiaryId: id,
    mark: z.enum(MARKS),
    reason: reasonSchema,
    note: noteSchema,
  })
  .superRefine((input, ctx) => {
    for (const p of markProblems(input))
      ctx.addIssue({ code: 'custom', message: `attendance.validation.${p.problem}`, path: [p.field] });
  });

export const rollCallSchema = z.strictObject({
  sessionId: id,
  present: z.literal('all'),
  exceptions: z
    .array(exceptionSchema)
    .max(200)
    .default([])
    .refine((list) => new Set(list.map((e) => e.beneficiaryId)).size === list.length, 'validation.invalid'),
});

export const markKeySchema = z.strictObject({ sessionId: id, beneficiaryId: id });

export const plannedAbsenceListSchema = z.strictObject({
  beneficiaryId: id.optional(),
  /** Absences that reach into this inclusive range; all of them when left out. */
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});

export const plannedAbsenceSchema = z
  .strictObject({
    beneficiaryId: id,
    from: dateSchema,
    to: dateSchema,
    reason: z.string().trim().min(1).max(500),
    note: noteSchema,
  })
  .refine((range) => plannedAbsenceProblem(range) === null, {
    message: 'attendance.validation.endBeforeStart',
    path: ['to'],
  });

const monthSchema = z.string().refine(isMonth, 'attendance.validation.month');

/** A register for one group, one service, one specialist, or (none given) the whole centre. */
export const monthInputSchema = z
  .strictObject({
    month: monthSchema,
    groupId: id.optional(),
    serviceId: id.optional(),
    specialistId: id.optional(),
  })
  .refine(
    (input) =>
      [input.groupId, input.serviceId, input.specialistId].filter((v) => v !== undefined).length <= 1,
    { message: 'attendance.validation.oneScope', path: ['groupId'] },
  );
