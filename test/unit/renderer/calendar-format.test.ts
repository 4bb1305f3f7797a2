import { describe, expect, it } from 'vitest';
import {
  calendarTitle,
  dayHeading,
  timeOfDayText,
  wallDateText,
} from '../../../renderer/src/features/calendar/format';
import { calendarFormatting, headingSpan } from '../../../renderer/src/features/calendar/formatting';
import { hoursAsBusinessHours, staffColumnName } from '../../../renderer/src/features/calendar/resources';
import { closedWeekdays, hasColumns, viewName } from '../../../renderer/src/features/calendar/views';

/** What FullCalendar hands a formatting function, for the wall-clock fields it reads. */
function formatInfo(start: [number, number, number], end?: [number, number, number]) {
  const expand = ([year, month, day]: [number, number, number]) => {
    const marker = new Date(Date.UTC(year, month, day));
    return {
      marker,
      instantMs: marker.valueOf(),
      timeZoneOffset: 0,
      array: [year, month, day, 0, 0, 0, 0],
      year,
      month,
      day,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    };
  };
  const first = expand(start);
  return {
    date: first,
    start: first,
    end: end ? expand(end) : null,
    timeZone: 'Asia/Tashkent',
    localeCodes: [],
  };
}

describe('calendar headings', () => {
  it('titles a month with its standalone name and a week with its span of days', () => {
    expect(calendarTitle('month', '2026-11-01', '2026-11-30', 'uz-Latn')).toBe('noyabr 2026');
    expect(calendarTitle('month', '2026-11-01', '2026-11-30', 'ru')).toBe('ноябрь 2026');
    expect(calendarTitle('month', '2026-11-01', '2026-11-30', 'uz-Cyrl')).toBe('ноябр 2026');
    expect(calendarTitle('days', '2026-11-16', '2026-11-21', 'uz-Latn')).toBe('16–21-noyabr 2026');
    expect(calendarTitle('days', '2026-11-16', '2026-11-21', 'en')).toBe('16–21 November 2026');
    expect(calendarTitle('days', '2026-11-18', '2026-11-18', 'uz-Latn')).toBe('chorshanba, 18-noyabr 2026');
  });

  it('reads FullCalendar’s wall-clock fields, months counted from 0', () => {
    expect(wallDateText({ year: 2026, month: 2, day: 1 })).toBe('2026-03-01');
    const titles = calendarFormatting('uz-Latn', 'Asia/Tashkent');
    expect(titles.daysTitle(formatInfo([2026, 2, 16], [2026, 2, 21]))).toBe('16–21-mart 2026');
    expect(titles.monthTitle(formatInfo([2026, 2, 1], [2026, 2, 31]))).toBe('mart 2026');
    expect(titles.listDay(formatInfo([2026, 2, 21]))).toBe('shanba, 21-mart');
    expect(calendarFormatting('ru', 'Asia/Tashkent').popoverDay(formatInfo([2026, 2, 21]))).toBe(
      'суббота, 21 марта 2026',
    );
  });

  it('heads a month’s columns with the weekday, a week’s with weekday and day', () => {
    expect(dayHeading('2026-11-16', 'month', 'uz-Latn')).toBe('dush');
    expect(dayHeading('2026-11-16', 'week', 'uz-Latn')).toBe('dush 16');
    expect(dayHeading('2026-11-16', 'week', 'ru')).toBe('пн, 16');
    expect(dayHeading('2026-11-16', 'day', 'uz-Cyrl')).toBe('душанба, 16 ноябр');
    expect(headingSpan('dayGridMonth')).toBe('month');
    expect(headingSpan('resourceTimeGridWeek')).toBe('week');
    expect(headingSpan('timeGridDay')).toBe('day');
  });

  it('writes times on the 24-hour clock', () => {
    expect(timeOfDayText(8, 0)).toBe('08:00');
    expect(timeOfDayText(17, 30)).toBe('17:30');
  });
});

describe('calendar views', () => {
  it('splits only the day and week into columns', () => {
    expect(viewName('week', 'centre')).toBe('timeGridWeek');
    expect(viewName('day', 'staff')).toBe('resourceTimeGridDay');
    expect(viewName('week', 'rooms')).toBe('resourceTimeGridWeek');
    expect(viewName('month', 'staff')).toBe('dayGridMonth');
    expect(viewName('list', 'rooms')).toBe('listWeek');
    expect(hasColumns('month')).toBe(false);
  });

  it('leaves out the days the centre does not work, in FullCalendar’s Sunday-first numbering', () => {
    expect(closedWeekdays([1, 2, 3, 4, 5, 6])).toEqual([0]);
    expect(closedWeekdays([1, 2, 3, 4, 5])).toEqual([0, 6]);
    expect(closedWeekdays([1, 2, 3, 4, 5, 6, 7])).toEqual([]);
  });
});

describe('calendar columns', () => {
  it('names a specialist’s column without the patronymic', () => {
    expect(staffColumnName({ familyName: 'Karimova', givenName: 'Dilnoza' })).toBe('Karimova Dilnoza');
  });

  it('turns working hours with a break into two spans of business hours', () => {
    expect(
      hoursAsBusinessHours([
        { weekday: 1, start: '08:00', end: '17:00', breakStart: '12:00', breakEnd: '13:00' },
        { weekday: 7, start: '09:00', end: '13:00', breakStart: null, breakEnd: null },
      ]),
    ).toEqual([
      { daysOfWeek: [1], startTime: '08:00', endTime: '12:00' },
      { daysOfWeek: [1], startTime: '13:00', endTime: '17:00' },
      { daysOfWeek: [0], startTime: '09:00', endTime: '13:00' },
    ]);
  });
});
