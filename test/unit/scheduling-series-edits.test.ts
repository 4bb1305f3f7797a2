import { describe, expect, it } from 'vitest';
import {
  editAll,
  expandSeries,
  remainingCount,
  splitSeries,
  type SeriesPlan,
  type SeriesRule,
} from '../../shared/domain/scheduling';
import { cancel, move, room, slots, speech } from './scheduling-series-fixtures';

describe('"all"', () => {
  it('keeps a dragged session where it was dragged when the series’ time changes', () => {
    const plan: SeriesPlan = { rule: speech, exceptions: [move('2025-09-08', '2025-09-08', '15:00')] };
    const edit = editAll(plan, { ...speech, startTime: '11:00' });
    expect(edit.following).toBeNull();
    expect(edit.dropped).toEqual([]);
    expect(edit.current.exceptions).toEqual(plan.exceptions);
    expect(slots(edit.current).slice(0, 4)).toEqual([
      '2025-09-01>2025-09-01 11:00 45',
      '2025-09-03>2025-09-03 11:00 45',
      '2025-09-08>2025-09-08 15:00 45',
      '2025-09-10>2025-09-10 11:00 45',
    ]);
  });

  it('keeps cancellations and room changes on dates the new rule still gives, and reports the others', () => {
    const plan: SeriesPlan = {
      rule: speech,
      exceptions: [cancel('2025-09-03'), room('2025-09-08', 4), move('2025-09-10', '2025-09-12', '09:00')],
    };
    // Mon/Wed becomes Mon/Thu: the Wednesday exceptions have no session left.
    const edit = editAll(plan, { ...speech, weekdays: [1, 4] });
    expect(edit.current.exceptions).toEqual([room('2025-09-08', 4)]);
    expect(edit.dropped).toEqual([cancel('2025-09-03'), move('2025-09-10', '2025-09-12', '09:00')]);
  });

  it('drops a move that the new rule makes pointless, so the session follows the series again', () => {
    const plan: SeriesPlan = { rule: speech, exceptions: [move('2025-09-08', '2025-09-08', '11:00')] };
    const edit = editAll(plan, { ...speech, startTime: '11:00' });
    expect(edit.current.exceptions).toEqual([]);
    expect(edit.dropped).toEqual([]);
  });

  it('drops exceptions beyond a shortened course', () => {
    const plan: SeriesPlan = { rule: speech, exceptions: [cancel('2025-11-19'), cancel('2025-09-01')] };
    const edit = editAll(plan, { ...speech, end: { kind: 'count', count: 20 } });
    expect(edit.current.exceptions).toEqual([cancel('2025-09-01')]);
    expect(edit.dropped).toEqual([cancel('2025-11-19')]);
  });
});

describe('"this and following"', () => {
  const plan: SeriesPlan = {
    rule: speech,
    exceptions: [
      cancel('2025-09-03'),
      move('2025-09-15', '2025-09-16', '10:00'),
      room('2025-10-06', 3),
      cancel('2025-10-08'),
    ],
  };

  it('ends a course after the sessions it had and starts a new one with the rest, exceptions on both sides', () => {
    expect(remainingCount(speech, '2025-10-01')).toBe(15);
    const next: SeriesRule = {
      ...speech,
      startDate: '2025-10-01',
      startTime: '15:00',
      end: { kind: 'count', count: 15 },
    };
    const edit = splitSeries(plan, '2025-10-01', next);
    expect(edit.current.rule).toEqual({ ...speech, end: { kind: 'count', count: 9 } });
    expect(edit.current.exceptions).toEqual([
      cancel('2025-09-03'),
      move('2025-09-15', '2025-09-16', '10:00'),
    ]);
    expect(edit.following).toEqual({ rule: next, exceptions: [room('2025-10-06', 3), cancel('2025-10-08')] });
    expect(edit.dropped).toEqual([]);
    const before = slots(edit.current);
    const after = edit.following ? slots(edit.following) : [];
    expect(before).toHaveLength(9);
    expect(before.at(-1)).toBe('2025-09-29>2025-09-29 10:00 45');
    expect(after).toHaveLength(15);
    expect(after.slice(0, 4)).toEqual([
      '2025-10-01>2025-10-01 15:00 45',
      '2025-10-06>2025-10-06 15:00 45',
      '2025-10-08>2025-10-08 15:00 45 x',
      '2025-10-13>2025-10-13 15:00 45',
    ]);
    expect(after.at(-1)).toBe('2025-11-19>2025-11-19 15:00 45');
  });

  it('ends a series with an until-date the day before the split', () => {
    const until: SeriesPlan = {
      rule: { ...speech, end: { kind: 'until', date: '2025-11-23' } },
      exceptions: [],
    };
    const next: SeriesRule = { ...until.rule, startDate: '2025-10-01', weekdays: [3] };
    const edit = splitSeries(until, '2025-10-01', next);
    expect(edit.current.rule.end).toEqual({ kind: 'until', date: '2025-09-30' });
    expect(expandSeries(edit.current.rule).at(-1)?.date).toBe('2025-09-29');
    expect(edit.following && expandSeries(edit.following.rule).map((o) => o.date)).toEqual([
      '2025-10-01',
      '2025-10-08',
      '2025-10-15',
      '2025-10-22',
      '2025-10-29',
      '2025-11-05',
      '2025-11-12',
      '2025-11-19',
    ]);
  });

  it('reports the later exceptions whose day the new rule no longer has', () => {
    const next: SeriesRule = {
      ...speech,
      startDate: '2025-10-01',
      weekdays: [3, 5],
      end: { kind: 'count', count: 15 },
    };
    const edit = splitSeries(plan, '2025-10-01', next);
    expect(edit.following?.exceptions).toEqual([cancel('2025-10-08')]);
    expect(edit.dropped).toEqual([room('2025-10-06', 3)]);
  });

  it('is "all" when split at the first session', () => {
    const next: SeriesRule = { ...speech, startTime: '12:00' };
    expect(splitSeries(plan, '2025-09-01', next)).toEqual(editAll(plan, next));
  });

  it('refuses a split on a day without a session, or a new series starting before the split', () => {
    expect(() => splitSeries(plan, '2025-10-02', { ...speech, startDate: '2025-10-02' })).toThrow(RangeError);
    expect(() => splitSeries(plan, '2025-10-01', { ...speech, startDate: '2025-09-30' })).toThrow(RangeError);
  });
});
