import { isoWeekdayOf } from './calendar';
import { parseTimeOfDay, type IsoWeekday } from './settings';

/** Staff of the centre: who they are, what they do, when they work and when they are away. */

/** A person may hold several roles, e.g. a manager who also takes speech therapy sessions. */
export const STAFF_ROLES = ['receptionist', 'specialist', 'teacher', 'manager', 'administrator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles whose holders deliver services; only they can be linked to services. */
export const DELIVERING_ROLES: readonly StaffRole[] = ['specialist', 'teacher'];

export function deliversServices(roles: readonly StaffRole[]): boolean {
  return roles.some((role) => DELIVERING_ROLES.includes(role));
}

export const ABSENCE_KINDS = ['leave', 'sick', 'training', 'unpaid', 'other'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

/** One weekday's working hours, "HH:MM" in the centre's time zone, with an optional break inside them. */
export interface WorkingHours {
  weekday: IsoWeekday;
  start: string;
  end: string;
  breakStart: string | null;
  breakEnd: string | null;
}

export interface Absence {
  id: number;
  staffId: number;
  kind: AbsenceKind;
  /** Inclusive calendar dates. */
  startDate: string;
  endDate: string;
  note: string;
}

/** One row of the staff list. */
export interface StaffSummary {
  id: number;
  familyName: string;
  givenName: string;
  patronymic: string;
  roles: StaffRole[];
  /** The job title as written in the staff list ("Logoped", "Bosh mutaxassis"). */
  position: string;
  /** Stored form "+998901234567", or null. */
  phone: string | null;
  active: boolean;
  serviceIds: number[];
  /** One entry per working weekday, Monday first. */
  hours: WorkingHours[];
}

export interface Staff extends StaffSummary {
  /** Ordered by start date. */
  absences: Absence[];
  createdAt: string;
  updatedAt: string;
}

/** A problem with one day's hours: the field it belongs to and a catalogue key. */
export interface HoursProblem {
  field: 'end' | 'breakStart' | 'breakEnd';
  key: string;
}

/**
 * The rules of one day's hours: the day ends after it starts; a break has both ends, ends after it starts, and
 * lies inside the working hours (a break touching the start or end would just be shorter hours).
 * Times that are not "HH:MM" are left to the time-of-day check.
 */
export function workingHoursProblems(hours: Omit<WorkingHours, 'weekday'>): HoursProblem[] {
  const start = parseTimeOfDay(hours.start);
  const end = parseTimeOfDay(hours.end);
  const problems: HoursProblem[] = [];
  if (start !== null && end !== null && end <= start)
    problems.push({ field: 'end', key: 'validation.timeRange' });
  const hasBreakStart = hours.breakStart !== null;
  const hasBreakEnd = hours.breakEnd !== null;
  if (hasBreakStart !== hasBreakEnd) {
    problems.push({
      field: hasBreakStart ? 'breakEnd' : 'breakStart',
      key: 'places.validation.breakIncomplete',
    });
    return problems;
  }
  if (!hasBreakStart) return problems;
  const breakStart = parseTimeOfDay(hours.breakStart ?? '');
  const breakEnd = parseTimeOfDay(hours.breakEnd ?? '');
  if (breakStart === null || breakEnd === null) return problems;
  if (breakEnd <= breakStart) {
    problems.push({ field: 'breakEnd', key: 'validation.timeRange' });
  } else if (start !== null && end !== null && end > start && (breakStart <= start || breakEnd >= end)) {
    problems.push({ field: 'breakStart', key: 'places.validation.breakOutsideHours' });
  }
  return problems;
}

/** Minutes of work in a day, the break taken off. */
export function workingMinutes(hours: Omit<WorkingHours, 'weekday'>): number {
  const start = parseTimeOfDay(hours.start) ?? 0;
  const end = parseTimeOfDay(hours.end) ?? 0;
  const breakStart = hours.breakStart === null ? null : parseTimeOfDay(hours.breakStart);
  const breakEnd = hours.breakEnd === null ? null : parseTimeOfDay(hours.breakEnd);
  const breakMinutes = breakStart !== null && breakEnd !== null ? Math.max(0, breakEnd - breakStart) : 0;
  return Math.max(0, end - start - breakMinutes);
}

/** The absence that covers a date, if any. */
export function absenceOn<A extends Pick<Absence, 'startDate' | 'endDate'>>(
  absences: readonly A[],
  date: string,
): A | undefined {
  return absences.find((absence) => absence.startDate <= date && date <= absence.endDate);
}

function worksBetween(
  hours: readonly WorkingHours[],
  absences: readonly Pick<Absence, 'startDate' | 'endDate'>[],
  date: string,
  start: number,
  end: number,
): boolean {
  if (end <= start || absenceOn(absences, date)) return false;
  const day = hours.find((h) => h.weekday === isoWeekdayOf(date));
  if (!day) return false;
  const dayStart = parseTimeOfDay(day.start);
  const dayEnd = parseTimeOfDay(day.end);
  if (dayStart === null || dayEnd === null || start < dayStart || end > dayEnd) return false;
  const breakStart = day.breakStart === null ? null : parseTimeOfDay(day.breakStart);
  const breakEnd = day.breakEnd === null ? null : parseTimeOfDay(day.breakEnd);
  return breakStart === null || breakEnd === null || end <= breakStart || breakEnd <= start;
}

/**
 * Whether someone works throughout [from, to) on a date ("HH:MM" times): the weekday has hours, the interval
 * lies within them, it does not overlap the break, and no absence covers the date.
 */
export function isWorkingDuring(
  hours: readonly WorkingHours[],
  absences: readonly Pick<Absence, 'startDate' | 'endDate'>[],
  date: string,
  from: string,
  to: string,
): boolean {
  const start = parseTimeOfDay(from);
  const end = parseTimeOfDay(to);
  return start !== null && end !== null && worksBetween(hours, absences, date, start, end);
}

/** Whether someone is at work at a moment of a date ("HH:MM"): the minute that starts then is worked. */
export function isWorkingAt(
  hours: readonly WorkingHours[],
  absences: readonly Pick<Absence, 'startDate' | 'endDate'>[],
  date: string,
  time: string,
): boolean {
  const minute = parseTimeOfDay(time);
  return minute !== null && worksBetween(hours, absences, date, minute, minute + 1);
}
