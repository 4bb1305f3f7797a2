import type { GroupSummary } from '../../../../../shared/contract/groups';
import type { IsoWeekday } from '../../../../../shared/domain/settings';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';

/** A group's form as typed: numbers stay as typed until they are sent, dates as DD.MM.YYYY. */
export interface GroupFormValues {
  name: string;
  serviceId: string | null;
  teacherId: string | null;
  roomId: string | null;
  capacity: number | string;
  /** The youngest age the group takes, in years and months. */
  youngestYears: number | string;
  youngestMonths: number | string;
  /** The oldest age it takes, inclusive ("4–6 years" takes six-year-olds). */
  oldestYears: number | string;
  oldestMonths: number | string;
  weekdays: IsoWeekday[];
  startTime: string;
  minutes: number | string;
  startDate: string;
  intervalWeeks: number | string;
  endKind: 'until' | 'count';
  endDate: string;
  count: number | string;
  notes: string;
  active: boolean;
  /** For an edit: the first date a new timetable, teacher or room reaches. */
  from: string;
}

export function emptyGroupForm(today: string): GroupFormValues {
  return {
    name: '',
    serviceId: null,
    teacherId: null,
    roomId: null,
    capacity: '',
    youngestYears: '',
    youngestMonths: '',
    oldestYears: '',
    oldestMonths: '',
    weekdays: [],
    startTime: '10:00',
    minutes: 45,
    startDate: toTypedDate(today),
    intervalWeeks: 1,
    endKind: 'count',
    endDate: '',
    count: 24,
    notes: '',
    active: true,
    from: toTypedDate(today),
  };
}

/** The number typed, undefined for nothing typed (the schema says "required"), NaN-free text passed on as is. */
export function typedNumber(value: number | string): number | undefined {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (text === '') return undefined;
  const number = Number(text.replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}

function idOf(value: string | null): number | undefined {
  return value === null ? undefined : Number(value);
}

/** Months from years and months typed; null when both are empty (no limit). */
function monthsOf(years: number | string, months: number | string): number | null | undefined {
  const y = typedNumber(years);
  const m = typedNumber(months);
  if (y === undefined && m === undefined) return null;
  return (y ?? 0) * 12 + (m ?? 0);
}

/** The band's [min, max) in months from the youngest and the inclusive oldest age typed. */
export function ageBandInput(values: GroupFormValues): {
  minAgeMonths: number | null | undefined;
  maxAgeMonths: number | null | undefined;
} {
  const oldestMonthsTyped = typedNumber(values.oldestMonths);
  const oldest = monthsOf(values.oldestYears, values.oldestMonths);
  // "6 years" takes everyone until their seventh birthday; "2 years 5 months" until 2 years 6 months.
  const maxAgeMonths =
    oldest === null || oldest === undefined
      ? oldest
      : oldestMonthsTyped === undefined
        ? oldest + 12
        : oldest + 1;
  return { minAgeMonths: monthsOf(values.youngestYears, values.youngestMonths), maxAgeMonths };
}

/** The typed fields of a stored band: whole years where they are whole. */
export function ageBandFields(
  band: Pick<GroupSummary, 'minAgeMonths' | 'maxAgeMonths'>,
): Pick<GroupFormValues, 'youngestYears' | 'youngestMonths' | 'oldestYears' | 'oldestMonths'> {
  const { minAgeMonths: min, maxAgeMonths: max } = band;
  const youngest =
    min === null || min === 0
      ? { youngestYears: '', youngestMonths: '' }
      : { youngestYears: Math.floor(min / 12), youngestMonths: min % 12 === 0 ? '' : min % 12 };
  if (max === null) return { ...youngest, oldestYears: '', oldestMonths: '' };
  if (max % 12 === 0) return { ...youngest, oldestYears: max / 12 - 1, oldestMonths: '' };
  const oldest = max - 1;
  return { ...youngest, oldestYears: Math.floor(oldest / 12), oldestMonths: oldest % 12 };
}

/** The form of a stored group, for its edit. */
export function groupFormOf(group: GroupSummary, today: string): GroupFormValues {
  const { schedule } = group;
  return {
    name: group.name,
    serviceId: String(group.serviceId),
    teacherId: String(group.teacherId),
    roomId: group.roomId === null ? null : String(group.roomId),
    capacity: group.capacity,
    ...ageBandFields(group),
    weekdays: [...schedule.weekdays],
    startTime: schedule.startTime,
    minutes: schedule.durationMinutes,
    startDate: toTypedDate(schedule.startDate),
    intervalWeeks: schedule.intervalWeeks,
    endKind: schedule.end.kind,
    endDate: schedule.end.kind === 'until' ? toTypedDate(schedule.end.date) : '',
    count: schedule.end.kind === 'count' ? schedule.end.count : 24,
    notes: group.notes,
    active: group.active,
    from: toTypedDate(today > schedule.startDate ? today : schedule.startDate),
  };
}

/** The timetable typed, as the `schedule` input; what is not a date or a number goes on for the schema to refuse. */
export function scheduleInput(values: GroupFormValues) {
  return {
    startDate: typedDateInput(values.startDate),
    startTime: values.startTime.trim(),
    durationMinutes: typedNumber(values.minutes),
    weekdays: [...values.weekdays].sort((a, b) => a - b),
    intervalWeeks: typedNumber(values.intervalWeeks),
    end:
      values.endKind === 'until'
        ? { kind: 'until' as const, date: typedDateInput(values.endDate) }
        : { kind: 'count' as const, count: typedNumber(values.count) },
  };
}

/** What a create or an update sends besides the group: choices for closed days and a manager's reason. */
export interface Resolution {
  decisions: unknown[];
  overrideReason: string;
}

function resolutionInput({ decisions, overrideReason }: Resolution) {
  return {
    decisions,
    ...(overrideReason.trim() === '' ? {} : { override: { reason: overrideReason } }),
  };
}

export function createGroupInput(values: GroupFormValues, resolution: Resolution): unknown {
  return {
    name: values.name,
    serviceId: idOf(values.serviceId),
    teacherId: idOf(values.teacherId),
    roomId: values.roomId === null ? null : Number(values.roomId),
    capacity: typedNumber(values.capacity),
    ...ageBandInput(values),
    notes: values.notes,
    schedule: scheduleInput(values),
    ...resolutionInput(resolution),
  };
}

/** Whether the edit changes what the group's sessions are: its timetable, teacher or room. */
export function changesSessions(values: GroupFormValues, group: GroupSummary): boolean {
  const roomId = values.roomId === null ? null : Number(values.roomId);
  return (
    JSON.stringify(scheduleInput(values)) !== JSON.stringify(scheduleInput(groupFormOf(group, ''))) ||
    idOf(values.teacherId) !== group.teacherId ||
    roomId !== group.roomId
  );
}

/**
 * An update sends the timetable, teacher and room only when they change, with the date the change reaches the
 * sessions from; the rest of the group is sent as typed.
 */
export function updateGroupInput(
  values: GroupFormValues,
  group: GroupSummary,
  resolution: Resolution,
): unknown {
  const sessions = changesSessions(values, group)
    ? {
        teacherId: idOf(values.teacherId),
        roomId: values.roomId === null ? null : Number(values.roomId),
        schedule: scheduleInput(values),
        from: typedDateInput(values.from),
      }
    : {};
  return {
    id: group.id,
    name: values.name,
    capacity: typedNumber(values.capacity),
    ...ageBandInput(values),
    notes: values.notes,
    active: values.active,
    ...sessions,
    ...resolutionInput(resolution),
  };
}
