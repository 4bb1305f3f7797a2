import { z } from 'zod';
import {
  ABSENCE_KINDS,
  deliversServices,
  STAFF_ROLES,
  workingHoursProblems,
  type Absence,
  type Staff,
  type StaffRole,
  type StaffSummary,
} from '../../domain/staff';
import { channel, returns } from '../channel';
import {
  calendarDate,
  dayRangeQuery,
  distinct,
  endsOnOrAfterStart,
  optionalPhone,
  optionalText,
  recordId,
  requiredText,
  timeOfDay,
} from './fields';

export const workingHoursSchema = z
  .strictObject({
    weekday: z.number().int().min(1).max(7),
    start: timeOfDay,
    end: timeOfDay,
    breakStart: timeOfDay.nullable(),
    breakEnd: timeOfDay.nullable(),
  })
  .superRefine((hours, ctx) => {
    for (const problem of workingHoursProblems(hours)) {
      ctx.addIssue({ code: 'custom', message: problem.key, path: [problem.field] });
    }
  });

const staffFields = {
  familyName: requiredText(100),
  givenName: requiredText(100),
  patronymic: optionalText(100),
  roles: distinct(z.enum(STAFF_ROLES)).min(1, 'places.validation.rolesRequired'),
  position: optionalText(200),
  phone: optionalPhone,
  serviceIds: distinct(recordId),
  /** The weekdays worked; a day not listed is a day off. */
  hours: z
    .array(workingHoursSchema)
    .max(7)
    .refine(
      (days) => new Set(days.map((day) => day.weekday)).size === days.length,
      'places.validation.weekdayTwice',
    ),
  active: z.boolean(),
};

const servicesNeedRole = (staff: { roles: readonly StaffRole[]; serviceIds: readonly number[] }) =>
  staff.serviceIds.length === 0 || deliversServices(staff.roles);
const servicesNeedRoleIssue = { message: 'places.validation.servicesNeedRole', path: ['serviceIds'] };

export const staffInputSchema = z.strictObject(staffFields).refine(servicesNeedRole, servicesNeedRoleIssue);
export const staffUpdateSchema = z
  .strictObject({ id: recordId, ...staffFields })
  .refine(servicesNeedRole, servicesNeedRoleIssue);

export const absenceInputSchema = z
  .strictObject({
    staffId: recordId,
    kind: z.enum(ABSENCE_KINDS),
    startDate: calendarDate,
    endDate: calendarDate,
    note: optionalText(500),
  })
  .refine(endsOnOrAfterStart, { message: 'validation.dateRange', path: ['endDate'] });

export const staffChannels = {
  /** Staff in name order, filtered by a name search (any script), a role or a service they deliver. */
  'staff.list': channel({
    input: z.strictObject({
      query: z.string().max(100).optional(),
      role: z.enum(STAFF_ROLES).optional(),
      serviceId: recordId.optional(),
      includeInactive: z.boolean().optional(),
    }),
    output: returns<StaffSummary[]>(),
    permission: 'centre.read',
  }),
  'staff.get': channel({
    input: z.strictObject({ id: recordId }),
    output: returns<Staff>(),
    permission: 'centre.read',
  }),
  'staff.create': channel({
    input: staffInputSchema,
    output: returns<Staff>(),
    permission: 'centre.write',
  }),
  /** Replaces the person's details, roles, services and hours; absences have channels of their own. */
  'staff.update': channel({
    input: staffUpdateSchema,
    output: returns<Staff>(),
    permission: 'centre.write',
  }),
  /** Every staff member's absences that share a day with [from, to], for the calendar. */
  'staff.absences.range': channel({
    input: dayRangeQuery,
    output: returns<Absence[]>(),
    permission: 'centre.read',
  }),
  /** An absence may not overlap another of the same person (CONFLICT at the start date). */
  'staff.absences.add': channel({
    input: absenceInputSchema,
    output: returns<Absence>(),
    permission: 'centre.write',
  }),
  'staff.absences.remove': channel({
    input: z.strictObject({ id: recordId }),
    output: returns<{ id: number }>(),
    permission: 'centre.write',
  }),
};
