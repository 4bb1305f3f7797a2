import { z } from 'zod';
import { isAgeBandValid } from '../domain/services';
import { WAITING_PRIORITIES, WAITING_STATUSES } from '../domain/scheduling';
import { dateSchema, decisionSchema, overrideSchema, seriesRuleSchema } from './schedule-input';

/** Input schemas of the groups and waiting-list channels; the Groups page and the backend validate with these. */

const id = z.number().int().positive();
const ageMonths = z.number().int().min(0).max(1200).nullable();
const ageBandIssue = { message: 'groups.validation.ageBand', path: ['maxAgeMonths'] };

/** What a group is, apart from its timetable. */
const groupFields = {
  name: z.string().trim().min(1).max(200),
  serviceId: id,
  /** The teacher or instructor: a member of staff. */
  teacherId: id,
  roomId: id.nullable(),
  /** Places in the group: enrolments beyond it are refused and go to the waiting list. */
  capacity: z.number().int().min(1).max(200),
  /** The group's own age band in whole months (from min, below max); null = open. */
  minAgeMonths: ageMonths,
  maxAgeMonths: ageMonths,
  notes: z.string().trim().max(2000).default(''),
};

export const createGroupSchema = z
  .strictObject({
    ...groupFields,
    /** The group's timetable as a weekly rule: one session per date it gives. */
    schedule: seriesRuleSchema,
    /** Choices for sessions that fall on a closure or the teacher's leave (as for a booked series). */
    decisions: z.array(decisionSchema).max(400).default([]),
    override: overrideSchema.optional(),
  })
  .refine(isAgeBandValid, ageBandIssue);
export type CreateGroupInput = z.input<typeof createGroupSchema>;

/**
 * Changes to a group. Fields left out stay as they are. A new schedule, teacher or room reaches the group's
 * sessions from `from` on (today when left out); sessions before it are history and stay as they were, and a
 * session that was moved or cancelled on its own keeps that change.
 */
export const updateGroupSchema = z
  .strictObject({
    id,
    name: groupFields.name.optional(),
    teacherId: id.optional(),
    roomId: id.nullable().optional(),
    capacity: groupFields.capacity.optional(),
    minAgeMonths: ageMonths.optional(),
    maxAgeMonths: ageMonths.optional(),
    notes: z.string().trim().max(2000).optional(),
    active: z.boolean().optional(),
    schedule: seriesRuleSchema.optional(),
    from: dateSchema.optional(),
    decisions: z.array(decisionSchema).max(400).default([]),
    override: overrideSchema.optional(),
  })
  .refine(
    (group) =>
      group.minAgeMonths === undefined ||
      group.maxAgeMonths === undefined ||
      isAgeBandValid({ minAgeMonths: group.minAgeMonths, maxAgeMonths: group.maxAgeMonths }),
    ageBandIssue,
  );
export type UpdateGroupInput = z.input<typeof updateGroupSchema>;

export const enrolSchema = z
  .strictObject({
    groupId: id,
    beneficiaryId: id,
    /** First day of the enrolment: today or later (earlier sessions have already happened). */
    startDate: dateSchema,
    /** Last day, inclusive; null = until further notice. */
    endDate: dateSchema.nullable().default(null),
    /** A manager's reason for enrolling someone outside the age band or the service's eligibility. */
    override: overrideSchema.optional(),
  })
  .refine((e) => e.endDate === null || e.endDate >= e.startDate, {
    message: 'validation.dateRange',
    path: ['endDate'],
  });
export type EnrolInput = z.input<typeof enrolSchema>;

export const leaveSchema = z.strictObject({
  enrolmentId: id,
  /** The last day the person belongs to the group (inclusive); later sessions no longer count them. */
  lastDate: dateSchema,
});

export const groupListSchema = z.strictObject({
  includeInactive: z.boolean().default(false),
  serviceId: id.optional(),
});

const waitingNote = z.string().trim().max(1000).default('');

export const waitingListSchema = z.strictObject({
  groupId: id.optional(),
  serviceId: id.optional(),
  /** Also the entries already placed or withdrawn (for the record). */
  includeClosed: z.boolean().default(false),
});

export const waitingAddSchema = z.strictObject({
  beneficiaryId: id,
  /** The group's list, or null for the service's list of individual places. */
  groupId: id.nullable().default(null),
  serviceId: id,
  priority: z.enum(WAITING_PRIORITIES).default('normal'),
  note: waitingNote,
});
export type WaitingAddInput = z.input<typeof waitingAddSchema>;

export const waitingUpdateSchema = z
  .strictObject({
    id,
    priority: z.enum(WAITING_PRIORITIES).optional(),
    note: z.string().trim().max(1000).optional(),
    status: z.enum(WAITING_STATUSES).optional(),
  })
  .refine((u) => u.priority !== undefined || u.note !== undefined || u.status !== undefined, {
    message: 'validation.required',
    path: ['status'],
  });
export type WaitingUpdateInput = z.input<typeof waitingUpdateSchema>;
