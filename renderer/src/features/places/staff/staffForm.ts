import type { ChannelInput } from '../../../../../shared/contract';
import { ISO_WEEKDAYS, type CentreSettings, type IsoWeekday } from '../../../../../shared/domain/settings';
import { formatPhone } from '../../../../../shared/domain/phone';
import type { Staff, StaffRole, WorkingHours } from '../../../../../shared/domain/staff';

/** One weekday in the editor: kept while unticked, so ticking it again brings the hours back. */
export interface DayValues {
  works: boolean;
  start: string;
  end: string;
  breakStart: string;
  breakEnd: string;
}

export type WeekValues = Record<IsoWeekday, DayValues>;

export interface StaffValues {
  familyName: string;
  givenName: string;
  patronymic: string;
  position: string;
  phone: string;
  roles: StaffRole[];
  serviceIds: number[];
  days: WeekValues;
  active: boolean;
}

type Week = Pick<CentreSettings, 'workingDays' | 'dayStart' | 'dayEnd'>;

/** A new person works the centre's week and hours until told otherwise. */
export function newStaffValues(centre: Week): StaffValues {
  return {
    familyName: '',
    givenName: '',
    patronymic: '',
    position: '',
    phone: '',
    roles: [],
    serviceIds: [],
    days: weekValues([], centre),
    active: true,
  };
}

function weekValues(hours: readonly WorkingHours[], centre: Week): WeekValues {
  const days = {} as WeekValues;
  for (const weekday of ISO_WEEKDAYS) {
    const day = hours.find((h) => h.weekday === weekday);
    days[weekday] = day
      ? {
          works: true,
          start: day.start,
          end: day.end,
          breakStart: day.breakStart ?? '',
          breakEnd: day.breakEnd ?? '',
        }
      : {
          works: hours.length === 0 && centre.workingDays.includes(weekday),
          start: centre.dayStart,
          end: centre.dayEnd,
          breakStart: '',
          breakEnd: '',
        };
  }
  return days;
}

export function staffValues(staff: Staff, centre: Week): StaffValues {
  return {
    familyName: staff.familyName,
    givenName: staff.givenName,
    patronymic: staff.patronymic,
    position: staff.position,
    phone: staff.phone ? formatPhone(staff.phone) : '',
    roles: [...staff.roles],
    serviceIds: [...staff.serviceIds],
    // Someone without hours shows every day unticked rather than the centre's week.
    days:
      staff.hours.length === 0
        ? (Object.fromEntries(
            ISO_WEEKDAYS.map((d) => [d, { ...weekValues([], centre)[d], works: false }]),
          ) as WeekValues)
        : weekValues(staff.hours, centre),
    active: staff.active,
  };
}

const optionalTime = (text: string) => (text.trim() === '' ? null : text.trim());

export function workedDays(days: WeekValues): IsoWeekday[] {
  return ISO_WEEKDAYS.filter((weekday) => days[weekday].works);
}

export function staffInput(values: StaffValues): ChannelInput<'staff.create'> {
  return {
    familyName: values.familyName,
    givenName: values.givenName,
    patronymic: values.patronymic,
    position: values.position,
    phone: values.phone,
    roles: values.roles,
    serviceIds: values.serviceIds,
    hours: workedDays(values.days).map((weekday) => {
      const day = values.days[weekday];
      return {
        weekday,
        start: day.start.trim(),
        end: day.end.trim(),
        breakStart: optionalTime(day.breakStart),
        breakEnd: optionalTime(day.breakEnd),
      };
    }),
    active: values.active,
  };
}

/** The input lists only the days worked: "hours.2.end" is the third ticked day's end in the editor. */
export function staffFieldPath(path: string, values: StaffValues): string {
  const match = /^hours\.(\d+)(\..+)?$/.exec(path);
  if (!match) return path;
  const weekday = workedDays(values.days)[Number(match[1])];
  return weekday === undefined ? 'hours' : `days.${weekday}${match[2] ?? ''}`;
}
