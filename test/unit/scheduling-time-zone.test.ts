import { describe, expect, it } from 'vitest';
import {
  addMinutesToLocal,
  expandSeries,
  localDateTime,
  zonedInstant,
  type SeriesRule,
} from '../../shared/domain/scheduling';

describe('wall-clock time to instants', () => {
  it('puts Tashkent five hours ahead of UTC all year (no daylight saving)', () => {
    expect(zonedInstant('2025-01-15', '10:00', 'Asia/Tashkent')).toBe('2025-01-15T05:00:00.000Z');
    expect(zonedInstant('2025-07-15', '10:00', 'Asia/Tashkent')).toBe('2025-07-15T05:00:00.000Z');
    expect(zonedInstant('2025-07-15', '03:00', 'Asia/Tashkent')).toBe('2025-07-14T22:00:00.000Z');
  });

  it('follows Berlin across the spring change', () => {
    expect(zonedInstant('2025-03-29', '10:00', 'Europe/Berlin')).toBe('2025-03-29T09:00:00.000Z');
    expect(zonedInstant('2025-03-30', '01:59', 'Europe/Berlin')).toBe('2025-03-30T00:59:00.000Z');
    expect(zonedInstant('2025-03-30', '03:00', 'Europe/Berlin')).toBe('2025-03-30T01:00:00.000Z');
    expect(zonedInstant('2025-03-31', '10:00', 'Europe/Berlin')).toBe('2025-03-31T08:00:00.000Z');
  });

  it('moves a time the spring change skips forward by the jump', () => {
    // 02:30 never happens on 30 March in Berlin; the session starts when the clock shows 03:30.
    expect(zonedInstant('2025-03-30', '02:30', 'Europe/Berlin')).toBe('2025-03-30T01:30:00.000Z');
  });

  it('takes the earlier of a time the autumn change repeats', () => {
    expect(zonedInstant('2025-10-26', '02:30', 'Europe/Berlin')).toBe('2025-10-26T00:30:00.000Z');
    expect(zonedInstant('2025-10-26', '03:00', 'Europe/Berlin')).toBe('2025-10-26T02:00:00.000Z');
    expect(zonedInstant('2025-10-25', '10:00', 'Europe/Berlin')).toBe('2025-10-25T08:00:00.000Z');
    expect(zonedInstant('2025-10-27', '10:00', 'Europe/Berlin')).toBe('2025-10-27T09:00:00.000Z');
  });

  it('works west of UTC too', () => {
    expect(zonedInstant('2025-03-09', '01:30', 'America/New_York')).toBe('2025-03-09T06:30:00.000Z');
    expect(zonedInstant('2025-03-09', '03:30', 'America/New_York')).toBe('2025-03-09T07:30:00.000Z');
    expect(zonedInstant('2025-12-31', '23:00', 'America/New_York')).toBe('2026-01-01T04:00:00.000Z');
  });

  it('keeps a weekly 10:00 at 10:00 on the clock across a change, the instant moving by an hour', () => {
    const rule: SeriesRule = {
      startDate: '2025-03-24',
      startTime: '10:00',
      durationMinutes: 45,
      weekdays: [1],
      intervalWeeks: 1,
      end: { kind: 'count', count: 2 },
    };
    const instants = expandSeries(rule).map((o) => zonedInstant(o.date, o.startTime, 'Europe/Berlin'));
    expect(instants).toEqual(['2025-03-24T09:00:00.000Z', '2025-03-31T08:00:00.000Z']);
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => zonedInstant('2025-01-15', '9:00', 'Asia/Tashkent')).toThrow(RangeError);
  });
});

describe('instants to wall-clock time', () => {
  it('reads the zone’s clock', () => {
    expect(localDateTime('2025-01-15T05:00:00.000Z', 'Asia/Tashkent')).toEqual({
      date: '2025-01-15',
      time: '10:00',
    });
    expect(localDateTime('2025-07-14T22:00:00.000Z', 'Asia/Tashkent')).toEqual({
      date: '2025-07-15',
      time: '03:00',
    });
    expect(localDateTime('2025-03-30T01:30:00.000Z', 'Europe/Berlin')).toEqual({
      date: '2025-03-30',
      time: '03:30',
    });
  });

  it('round-trips every quarter hour of a Berlin change day that exists', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      if (time >= '02:00' && time < '03:00') continue;
      const instant = zonedInstant('2025-03-30', time, 'Europe/Berlin');
      expect(localDateTime(instant, 'Europe/Berlin')).toEqual({ date: '2025-03-30', time });
    }
  });
});

describe('local end of a session', () => {
  it('adds minutes on the clock, into the next day if need be', () => {
    expect(addMinutesToLocal('2025-09-01', '10:00', 45)).toEqual({ date: '2025-09-01', time: '10:45' });
    expect(addMinutesToLocal('2025-09-01', '23:30', 45)).toEqual({ date: '2025-09-02', time: '00:15' });
    expect(addMinutesToLocal('2025-09-01', '23:15', 45)).toEqual({ date: '2025-09-02', time: '00:00' });
  });
});
