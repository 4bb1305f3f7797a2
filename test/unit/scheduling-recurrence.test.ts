import { describe, expect, it } from 'vitest';
import {
  expandSeries,
  fromRRuleString,
  isOccurrenceDate,
  seriesRuleProblems,
  toRRuleString,
  type SeriesRule,
} from '../../shared/domain/scheduling';

const speech: SeriesRule = {
  startDate: '2025-09-01', // a Monday
  startTime: '10:00',
  durationMinutes: 45,
  weekdays: [1, 3],
  intervalWeeks: 1,
  end: { kind: 'count', count: 24 },
};

const dates = (rule: SeriesRule, window?: { from: string; to: string }) =>
  expandSeries(rule, window).map((o) => o.date);

describe('expanding a weekly series', () => {
  it('gives speech therapy Mon/Wed 10:00 for 12 weeks as 24 sessions on the exact dates', () => {
    const occurrences = expandSeries(speech);
    expect(occurrences.map((o) => o.date)).toEqual([
      '2025-09-01',
      '2025-09-03',
      '2025-09-08',
      '2025-09-10',
      '2025-09-15',
      '2025-09-17',
      '2025-09-22',
      '2025-09-24',
      '2025-09-29',
      '2025-10-01',
      '2025-10-06',
      '2025-10-08',
      '2025-10-13',
      '2025-10-15',
      '2025-10-20',
      '2025-10-22',
      '2025-10-27',
      '2025-10-29',
      '2025-11-03',
      '2025-11-05',
      '2025-11-10',
      '2025-11-12',
      '2025-11-17',
      '2025-11-19',
    ]);
    expect(occurrences[0]).toEqual({
      originalDate: '2025-09-01',
      date: '2025-09-01',
      startTime: '10:00',
      durationMinutes: 45,
    });
    expect(new Set(occurrences.map((o) => o.startTime))).toEqual(new Set(['10:00']));
  });

  it('gives the same 24 sessions when the 12 weeks end on an until-date', () => {
    const until: SeriesRule = { ...speech, end: { kind: 'until', date: '2025-11-23' } };
    expect(dates(until)).toEqual(dates(speech));
  });

  it('includes the until-date itself, whatever the start time', () => {
    const late: SeriesRule = { ...speech, startTime: '23:30', end: { kind: 'until', date: '2025-09-10' } };
    expect(dates(late)).toEqual(['2025-09-01', '2025-09-03', '2025-09-08', '2025-09-10']);
    expect(dates({ ...late, end: { kind: 'until', date: '2025-09-09' } })).toEqual([
      '2025-09-01',
      '2025-09-03',
      '2025-09-08',
    ]);
  });

  it('skips weeks for every 2 weeks, counting weeks from the start date’s week', () => {
    const english: SeriesRule = {
      ...speech,
      startDate: '2025-09-02',
      weekdays: [2, 4],
      intervalWeeks: 2,
      end: { kind: 'count', count: 6 },
    };
    expect(dates(english)).toEqual([
      '2025-09-02',
      '2025-09-04',
      '2025-09-16',
      '2025-09-18',
      '2025-09-30',
      '2025-10-02',
    ]);
  });

  it('starts at the first chosen weekday on or after a start date that is not one', () => {
    // Wednesday start, Mon/Wed, every other week: Monday 1 Sep lies before the start and is not a session.
    const rule: SeriesRule = {
      ...speech,
      startDate: '2025-09-03',
      intervalWeeks: 2,
      end: { kind: 'count', count: 3 },
    };
    expect(dates(rule)).toEqual(['2025-09-03', '2025-09-15', '2025-09-17']);
    // Saturday start: the first Monday falls in the next week, which an every-other-week rule skips.
    const saturday: SeriesRule = {
      ...rule,
      startDate: '2025-09-06',
      weekdays: [1],
      end: { kind: 'count', count: 2 },
    };
    expect(dates(saturday)).toEqual(['2025-09-15', '2025-09-29']);
  });

  it('expands a window of dates, both ends included', () => {
    expect(dates(speech, { from: '2025-09-08', to: '2025-09-15' })).toEqual([
      '2025-09-08',
      '2025-09-10',
      '2025-09-15',
    ]);
    expect(dates(speech, { from: '2025-12-01', to: '2025-12-31' })).toEqual([]);
  });

  it('runs Saturday and Sunday sessions as ISO weekdays 6 and 7', () => {
    const weekend: SeriesRule = { ...speech, weekdays: [6, 7], end: { kind: 'count', count: 4 } };
    expect(dates(weekend)).toEqual(['2025-09-06', '2025-09-07', '2025-09-13', '2025-09-14']);
  });

  it('knows which dates are sessions of the rule', () => {
    expect(isOccurrenceDate(speech, '2025-11-19')).toBe(true);
    expect(isOccurrenceDate(speech, '2025-11-24')).toBe(false);
    expect(isOccurrenceDate(speech, '2025-09-02')).toBe(false);
  });
});

describe('rule problems', () => {
  it('accepts a well-formed rule', () => {
    expect(seriesRuleProblems(speech)).toEqual([]);
  });

  it('names each field that is wrong', () => {
    expect(
      seriesRuleProblems({
        startDate: '2025-02-30',
        startTime: '25:00',
        durationMinutes: 0,
        weekdays: [],
        intervalWeeks: 0,
        end: { kind: 'count', count: 0 },
      }),
    ).toEqual([
      { field: 'startDate', problem: 'invalid' },
      { field: 'startTime', problem: 'invalid' },
      { field: 'durationMinutes', problem: 'invalid' },
      { field: 'weekdays', problem: 'invalid' },
      { field: 'intervalWeeks', problem: 'invalid' },
      { field: 'end', problem: 'invalid' },
    ]);
  });

  it('wants weekdays in order without repeats, and an until-date not before the start', () => {
    expect(seriesRuleProblems({ ...speech, weekdays: [3, 1] })).toEqual([
      { field: 'weekdays', problem: 'invalid' },
    ]);
    expect(seriesRuleProblems({ ...speech, weekdays: [1, 1] })).toEqual([
      { field: 'weekdays', problem: 'invalid' },
    ]);
    expect(seriesRuleProblems({ ...speech, end: { kind: 'until', date: '2025-08-31' } })).toEqual([
      { field: 'end', problem: 'invalid' },
    ]);
  });

  it('refuses a rule that gives no session or too many', () => {
    // Until Tuesday from a Monday start, sessions on Wednesdays only: nothing.
    expect(
      seriesRuleProblems({ ...speech, weekdays: [3], end: { kind: 'until', date: '2025-09-02' } }),
    ).toEqual([{ field: 'end', problem: 'invalid' }]);
    expect(seriesRuleProblems({ ...speech, end: { kind: 'count', count: 401 } })).toEqual([
      { field: 'end', problem: 'tooMany' },
    ]);
    const daily: SeriesRule = {
      ...speech,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      end: { kind: 'until', date: '2027-01-01' },
    };
    expect(seriesRuleProblems(daily)).toEqual([{ field: 'end', problem: 'tooMany' }]);
  });
});

describe('RRULE text', () => {
  it('writes a floating DTSTART and a weekly RRULE', () => {
    expect(toRRuleString(speech)).toBe(
      'DTSTART:20250901T100000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,WE;COUNT=24',
    );
    expect(
      toRRuleString({
        ...speech,
        weekdays: [2, 7],
        intervalWeeks: 2,
        end: { kind: 'until', date: '2025-12-26' },
      }),
    ).toBe('DTSTART:20250901T100000\nRRULE:FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=TU,SU;UNTIL=20251226T235959');
  });

  it('reads back what it writes', () => {
    expect(fromRRuleString(toRRuleString(speech), 45)).toEqual(speech);
    const until: SeriesRule = {
      ...speech,
      weekdays: [5],
      intervalWeeks: 3,
      end: { kind: 'until', date: '2026-05-29' },
    };
    expect(fromRRuleString(toRRuleString(until), 45)).toEqual(until);
  });

  it('reads an RRULE written by others: default interval, weekdays in any order, UTC until', () => {
    expect(
      fromRRuleString('DTSTART:20250901T090000\nRRULE:FREQ=WEEKLY;BYDAY=FR,MO;UNTIL=20250930T120000Z', 30),
    ).toEqual({
      startDate: '2025-09-01',
      startTime: '09:00',
      durationMinutes: 30,
      weekdays: [1, 5],
      intervalWeeks: 1,
      end: { kind: 'until', date: '2025-09-30' },
    });
  });

  it('leaves out the until-day when UNTIL is earlier that day than the sessions start', () => {
    const rule = fromRRuleString(
      'DTSTART:20250901T100000\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250915T095959',
      30,
    );
    expect(rule?.end).toEqual({ kind: 'until', date: '2025-09-14' });
    expect(rule && dates(rule)).toEqual(['2025-09-01', '2025-09-08']);
  });

  it('refuses rules this app does not write', () => {
    const start = 'DTSTART:20250901T100000\n';
    expect(fromRRuleString(`${start}RRULE:FREQ=DAILY;COUNT=3`, 30)).toBeNull();
    expect(fromRRuleString(`${start}RRULE:FREQ=WEEKLY;BYDAY=1MO;COUNT=3`, 30)).toBeNull();
    expect(fromRRuleString(`${start}RRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;COUNT=3`, 30)).toBeNull();
    expect(fromRRuleString(`${start}RRULE:FREQ=WEEKLY;BYDAY=MO`, 30)).toBeNull();
    expect(
      fromRRuleString(`${start}RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3;UNTIL=20251001T000000`, 30),
    ).toBeNull();
    expect(fromRRuleString(`${start}RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=SU;COUNT=3`, 30)).toBeNull();
    expect(fromRRuleString('DTSTART:20250901T100000Z\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3', 30)).toBeNull();
    expect(fromRRuleString('RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3', 30)).toBeNull();
    expect(fromRRuleString(`${start}RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3`, 0)).toBeNull();
  });
});
