import { describe, expect, it } from 'vitest';
import type { SessionDetails, SessionSeriesSummary } from '../../../shared/contract/schedule';
import {
  columnChange,
  droppedMove,
  sessionIdOf,
} from '../../../renderer/src/features/calendar/session/dragInput';
import {
  countMessage,
  endMessage,
  exceptionMessage,
  repeatMessage,
  weekdaysText,
} from '../../../renderer/src/features/calendar/session/seriesText';
import {
  seriesChanges,
  seriesEditStart,
} from '../../../renderer/src/features/calendar/session/seriesChanges';
import {
  isFiltered,
  NO_FILTERS,
  rangeFilters,
  readFilters,
  writeFilters,
} from '../../../renderer/src/features/calendar/filters/calendarFilters';

describe('dragging a session', () => {
  it('knows sessions by their event id and nothing else', () => {
    expect(sessionIdOf('session-12')).toBe(12);
    expect(sessionIdOf('closure-12')).toBeNull();
    expect(sessionIdOf('session-')).toBeNull();
  });

  it('reads the column dropped into as a specialist or a room', () => {
    expect(columnChange('staff-3')).toEqual({ specialistId: 3 });
    expect(columnChange('room-4')).toEqual({ roomId: 4 });
    expect(columnChange(undefined)).toEqual({});
    expect(columnChange('other-1')).toEqual({});
  });

  it('turns the dropped span into the centre’s wall-clock date, time and length', () => {
    // 11:15–12:00 in Tashkent (UTC+5) is 06:15–07:00 UTC.
    const span = { start: new Date('2026-03-17T06:15:00Z'), end: new Date('2026-03-17T07:00:00Z') };
    expect(droppedMove(7, span, 'Asia/Tashkent', undefined)).toEqual({
      sessionId: 7,
      date: '2026-03-17',
      startTime: '11:15',
      minutes: 45,
    });
    expect(droppedMove(7, span, 'Asia/Tashkent', 'staff-2')).toMatchObject({ specialistId: 2 });
  });
});

const SERIES: SessionSeriesSummary = {
  rule: {
    startDate: '2026-03-02',
    startTime: '10:00',
    durationMinutes: 45,
    weekdays: [3, 1],
    intervalWeeks: 1,
    end: { kind: 'count', count: 12 },
  },
  originalDate: '2026-03-16',
  moved: false,
  changed: false,
  scheduledCount: 12,
  remainingCount: 8,
  cancelledAt: null,
};

describe('a series in words', () => {
  it('names the weekdays Monday first in the person’s language', () => {
    expect(weekdaysText([3, 1], 'ru')).toBe('пн, ср');
    expect(weekdaysText([1, 3], 'en')).toBe('Mon, Wed');
  });

  it('says how it repeats, ends and how many sessions are left', () => {
    expect(repeatMessage(SERIES, 'en')).toEqual({
      key: 'sessionActions.series.weekly',
      params: { days: 'Mon, Wed', time: '10:00' },
    });
    const fortnightly = { ...SERIES, rule: { ...SERIES.rule, intervalWeeks: 2 } };
    expect(repeatMessage(fortnightly, 'en')).toMatchObject({
      key: 'sessionActions.series.everyWeeks',
      params: { weeks: 2 },
    });
    expect(endMessage(SERIES, 'en')).toEqual({
      key: 'sessionActions.series.endCount',
      params: { count: 12 },
    });
    const until = {
      ...SERIES,
      rule: { ...SERIES.rule, end: { kind: 'until' as const, date: '2026-05-29' } },
    };
    expect(endMessage(until, 'ru')).toEqual({
      key: 'sessionActions.series.endDate',
      params: { date: '29 мая 2026' },
    });
    expect(countMessage(SERIES)).toEqual({
      key: 'sessionActions.series.counts',
      params: { scheduled: 12, remaining: 8 },
    });
  });

  it('tells a moved or changed session, and nothing for one as the series has it', () => {
    expect(exceptionMessage(SERIES, 'en')).toBeNull();
    expect(exceptionMessage({ ...SERIES, moved: true }, 'en')).toEqual({
      key: 'sessionActions.series.moved',
      params: { date: '16 March 2026' },
    });
    expect(exceptionMessage({ ...SERIES, changed: true }, 'en')).toEqual({
      key: 'sessionActions.series.changed',
    });
  });
});

describe('editing a series', () => {
  const session = {
    id: 5,
    date: '2026-03-16',
    startTime: '14:00',
    minutes: 30,
    room: { id: 2, name: 'Zal' },
    specialist: { id: 3, name: 'Karimova Dilnoza' },
    series: SERIES,
  } as SessionDetails;

  it('starts from the series’ time, length and weekdays and the session’s room and specialist', () => {
    expect(seriesEditStart(session)).toEqual({
      scope: 'all',
      startTime: '10:00',
      minutes: 45,
      weekdays: ['3', '1'],
      roomId: '2',
      specialistId: '3',
    });
  });

  it('sends only what changed, and weekdays never for one session', () => {
    const start = seriesEditStart(session);
    expect(seriesChanges(start, start)).toEqual({});
    expect(seriesChanges({ ...start, weekdays: ['1', '3'] }, start)).toEqual({});
    expect(seriesChanges({ ...start, startTime: ' 11:00 ', minutes: 60 }, start)).toEqual({
      startTime: '11:00',
      minutes: 60,
    });
    expect(seriesChanges({ ...start, weekdays: ['2', '4'] }, start)).toEqual({ weekdays: [2, 4] });
    expect(seriesChanges({ ...start, scope: 'this', weekdays: ['2'] }, start)).toEqual({});
    expect(seriesChanges({ ...start, roomId: null, specialistId: '9' }, start)).toEqual({
      roomId: null,
      specialistId: 9,
    });
  });
});

describe('calendar filters in the address', () => {
  it('reads what it wrote and keeps other parameters', () => {
    const filters = { ...NO_FILTERS, serviceId: 3, beneficiaryId: 41, includeCancelled: true };
    const params = writeFilters(new URLSearchParams('view=week'), filters);
    expect(params.toString()).toBe('view=week&service=3&person=41&cancelled=1');
    expect(readFilters(params)).toEqual(filters);
    expect(writeFilters(params, NO_FILTERS).toString()).toBe('view=week');
  });

  it('ignores what is not an id', () => {
    expect(readFilters(new URLSearchParams('service=abc&room=0&specialist=-2&person=1e3'))).toEqual(
      NO_FILTERS,
    );
  });

  it('passes only the filters that are set to schedule.range', () => {
    expect(rangeFilters(NO_FILTERS)).toEqual({ includeCancelled: false });
    expect(rangeFilters({ ...NO_FILTERS, specialistId: 4, roomId: 2 })).toEqual({
      specialistId: 4,
      roomId: 2,
      includeCancelled: false,
    });
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, includeCancelled: true })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, roomId: 2 })).toBe(true);
  });
});
