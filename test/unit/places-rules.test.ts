import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInRange,
  isCalendarDate,
  isoWeekdayOf,
  rangesOverlap,
} from '../../shared/domain/calendar';
import {
  closureOn,
  closuresOverlapping,
  holidayKey,
  isClosed,
  parseHolidayKey,
} from '../../shared/domain/closures';
import {
  ageInMonths,
  criteriaMet,
  isAgeBandValid,
  isEligible,
  isWithinAgeBand,
} from '../../shared/domain/services';
import {
  deliversServices,
  isWorkingAt,
  isWorkingDuring,
  workingHoursProblems,
  workingMinutes,
  type WorkingHours,
} from '../../shared/domain/staff';

const day = (
  start: string,
  end: string,
  breakStart: string | null = null,
  breakEnd: string | null = null,
) => ({
  start,
  end,
  breakStart,
  breakEnd,
});

describe('working hours', () => {
  it('accepts a day with or without a break inside it', () => {
    expect(workingHoursProblems(day('08:00', '17:00', '12:00', '13:00'))).toEqual([]);
    expect(workingHoursProblems(day('08:00', '17:00'))).toEqual([]);
  });

  it('wants the end after the start', () => {
    expect(workingHoursProblems(day('17:00', '08:00'))).toEqual([
      { field: 'end', key: 'validation.timeRange' },
    ]);
    expect(workingHoursProblems(day('08:00', '08:00'))).toEqual([
      { field: 'end', key: 'validation.timeRange' },
    ]);
  });

  it('wants both ends of a break, in order, strictly inside the hours', () => {
    expect(workingHoursProblems(day('08:00', '17:00', '12:00', null))).toEqual([
      { field: 'breakEnd', key: 'places.validation.breakIncomplete' },
    ]);
    expect(workingHoursProblems(day('08:00', '17:00', null, '13:00'))).toEqual([
      { field: 'breakStart', key: 'places.validation.breakIncomplete' },
    ]);
    expect(workingHoursProblems(day('08:00', '17:00', '13:00', '12:00'))).toEqual([
      { field: 'breakEnd', key: 'validation.timeRange' },
    ]);
    for (const [from, to] of [
      ['07:00', '09:00'],
      ['08:00', '09:00'],
      ['16:00', '17:00'],
      ['16:30', '18:00'],
    ] as const) {
      expect(workingHoursProblems(day('08:00', '17:00', from, to)), `${from}–${to}`).toEqual([
        { field: 'breakStart', key: 'places.validation.breakOutsideHours' },
      ]);
    }
  });

  it('leaves times that are not HH:MM to the time check', () => {
    expect(workingHoursProblems(day('8', '17:00', '12:00', '13:00'))).toEqual([]);
  });

  it('counts the minutes worked without the break', () => {
    expect(workingMinutes(day('08:00', '17:00', '12:00', '13:00'))).toBe(480);
    expect(workingMinutes(day('09:00', '14:00'))).toBe(300);
  });

  it('lets only specialists and teachers deliver services', () => {
    expect(deliversServices(['specialist'])).toBe(true);
    expect(deliversServices(['manager', 'teacher'])).toBe(true);
    expect(deliversServices(['receptionist', 'manager', 'administrator'])).toBe(false);
  });
});

describe('who is at work when', () => {
  // 2026-03-02 is a Monday.
  const hours: WorkingHours[] = [
    { weekday: 1, start: '08:00', end: '17:00', breakStart: '12:00', breakEnd: '13:00' },
    { weekday: 3, start: '14:00', end: '18:00', breakStart: null, breakEnd: null },
  ];
  const leave = [{ startDate: '2026-03-09', endDate: '2026-03-13' }];

  it('is at work inside the hours and not in the break or after the end', () => {
    expect(isWorkingAt(hours, [], '2026-03-02', '08:00')).toBe(true);
    expect(isWorkingAt(hours, [], '2026-03-02', '11:59')).toBe(true);
    expect(isWorkingAt(hours, [], '2026-03-02', '12:00')).toBe(false);
    expect(isWorkingAt(hours, [], '2026-03-02', '13:00')).toBe(true);
    expect(isWorkingAt(hours, [], '2026-03-02', '16:59')).toBe(true);
    expect(isWorkingAt(hours, [], '2026-03-02', '17:00')).toBe(false);
    expect(isWorkingAt(hours, [], '2026-03-02', '07:59')).toBe(false);
  });

  it('is not at work on a day without hours, nor on leave', () => {
    expect(isWorkingAt(hours, [], '2026-03-03', '10:00')).toBe(false);
    expect(isWorkingAt(hours, [], '2026-03-04', '15:00')).toBe(true);
    expect(isWorkingAt(hours, leave, '2026-03-09', '10:00')).toBe(false);
    expect(isWorkingAt(hours, leave, '2026-03-11', '15:00')).toBe(false);
    expect(isWorkingAt(hours, leave, '2026-03-16', '10:00')).toBe(true);
  });

  it('covers a whole session only when it fits the hours and misses the break', () => {
    expect(isWorkingDuring(hours, [], '2026-03-02', '11:15', '12:00')).toBe(true);
    expect(isWorkingDuring(hours, [], '2026-03-02', '11:30', '12:15')).toBe(false);
    expect(isWorkingDuring(hours, [], '2026-03-02', '13:00', '13:45')).toBe(true);
    expect(isWorkingDuring(hours, [], '2026-03-02', '16:30', '17:15')).toBe(false);
    expect(isWorkingDuring(hours, [], '2026-03-02', '10:00', '10:00')).toBe(false);
    expect(isWorkingDuring(hours, [], '2026-03-02', '10:00', 'soon')).toBe(false);
  });
});

describe('services: ages and eligibility', () => {
  it('counts completed months as birthdays are counted', () => {
    expect(ageInMonths('2023-03-15', '2026-03-15')).toBe(36);
    expect(ageInMonths('2023-03-15', '2026-03-14')).toBe(35);
    expect(ageInMonths('2026-01-31', '2026-02-28')).toBe(1);
    expect(ageInMonths('2026-01-31', '2026-02-27')).toBe(0);
    expect(ageInMonths('2024-02-29', '2025-02-28')).toBe(12);
  });

  it('takes the lower end of an age band in and leaves the upper end out', () => {
    const earlyIntervention = { minAgeMonths: 0, maxAgeMonths: 36 };
    expect(isWithinAgeBand(0, earlyIntervention)).toBe(true);
    expect(isWithinAgeBand(35, earlyIntervention)).toBe(true);
    expect(isWithinAgeBand(36, earlyIntervention)).toBe(false);
    expect(isWithinAgeBand(71, { minAgeMonths: 72, maxAgeMonths: null })).toBe(false);
    expect(isWithinAgeBand(900, { minAgeMonths: 72, maxAgeMonths: null })).toBe(true);
    expect(isWithinAgeBand(900, { minAgeMonths: null, maxAgeMonths: null })).toBe(true);
  });

  it('wants the upper end of a band above the lower one', () => {
    expect(isAgeBandValid({ minAgeMonths: 36, maxAgeMonths: 216 })).toBe(true);
    expect(isAgeBandValid({ minAgeMonths: 36, maxAgeMonths: 36 })).toBe(false);
    expect(isAgeBandValid({ minAgeMonths: 36, maxAgeMonths: null })).toBe(true);
    expect(isAgeBandValid({ minAgeMonths: null, maxAgeMonths: 12 })).toBe(true);
  });

  it('makes a person eligible by any one criterion, and everyone for a service without criteria', () => {
    const languageClasses = ['disability', 'poverty_register'] as const;
    expect(isEligible({ hasDisability: true, socialStatus: 'none' }, languageClasses)).toBe(true);
    expect(isEligible({ hasDisability: false, socialStatus: 'poverty_register' }, languageClasses)).toBe(
      true,
    );
    expect(isEligible({ hasDisability: false, socialStatus: 'low_income' }, languageClasses)).toBe(false);
    expect(isEligible({ hasDisability: false, socialStatus: 'none' }, [])).toBe(true);
    expect(criteriaMet({ hasDisability: true, socialStatus: 'near_poverty' })).toEqual([
      'disability',
      'near_poverty',
    ]);
  });
});

describe('closures and calendar dates', () => {
  const closures = [
    { startDate: '2026-03-20', endDate: '2026-03-23', name: 'Navroʻz' },
    { startDate: '2026-09-01', endDate: '2026-09-01', name: 'Mustaqillik kuni' },
  ];

  it('finds the closure covering a date, both ends included', () => {
    expect(isClosed('2026-03-20', closures)).toBe(true);
    expect(isClosed('2026-03-23', closures)).toBe(true);
    expect(isClosed('2026-03-24', closures)).toBe(false);
    expect(closureOn(closures, '2026-09-01')?.name).toBe('Mustaqillik kuni');
  });

  it('finds the closures that share a day with a range', () => {
    expect(closuresOverlapping(closures, '2026-03-23', '2026-08-31').map((c) => c.name)).toEqual(['Navroʻz']);
    expect(closuresOverlapping(closures, '2026-03-24', '2026-08-31')).toEqual([]);
    expect(closuresOverlapping(closures, '2026-01-01', '2026-12-31')).toHaveLength(2);
  });

  it('writes and reads holiday keys', () => {
    const origin = { year: 2027, rule: 'qurbon_hayit', transferred: true };
    expect(holidayKey(origin)).toBe('2027:qurbon_hayit:transfer');
    expect(parseHolidayKey('2027:qurbon_hayit:transfer')).toEqual(origin);
    expect(parseHolidayKey('2027:navruz')).toEqual({ year: 2027, rule: 'navruz', transferred: false });
    expect(parseHolidayKey('navruz')).toBeNull();
  });

  it('does date arithmetic on calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('01.03.2026')).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekdayOf('2026-03-02')).toBe(1);
    expect(isoWeekdayOf('2026-03-08')).toBe(7);
    expect(daysInRange('2026-03-20', '2026-03-23')).toBe(4);
    expect(
      rangesOverlap(
        { startDate: '2026-01-01', endDate: '2026-01-05' },
        { startDate: '2026-01-05', endDate: '2026-01-09' },
      ),
    ).toBe(true);
    expect(
      rangesOverlap(
        { startDate: '2026-01-01', endDate: '2026-01-04' },
        { startDate: '2026-01-05', endDate: '2026-01-09' },
      ),
    ).toBe(false);
  });
});
