import { describe, expect, it } from 'vitest';
import {
  applyExceptions,
  editAll,
  expandSeries,
  planSeriesSync,
  type ScheduledOccurrence,
  type SeriesPlan,
  type StoredOccurrence,
} from '../../shared/domain/scheduling';
import { cancel, move, speech } from './scheduling-series-fixtures';

const rule = { ...speech, end: { kind: 'count' as const, count: 4 } }; // 1, 3, 8, 10 September
const occurrencesOf = (plan: SeriesPlan) => applyExceptions(expandSeries(plan.rule), plan.exceptions);
const store = (occurrences: ScheduledOccurrence[]): StoredOccurrence[] =>
  occurrences.map((o, index) => ({
    id: index + 1,
    originalDate: o.originalDate,
    date: o.date,
    startTime: o.startTime,
    durationMinutes: o.durationMinutes,
    status: o.status,
    cancelled: o.cancelled,
    changes: o.changes,
  }));

describe('bringing stored sessions in line with a series', () => {
  const plan: SeriesPlan = {
    rule,
    exceptions: [move('2025-09-08', '2025-09-08', '15:00'), cancel('2025-09-10')],
  };
  const stored = store(occurrencesOf(plan));

  it('writes nothing when nothing changed', () => {
    expect(planSeriesSync(stored, occurrencesOf(plan))).toEqual({ insert: [], update: [], delete: [] });
  });

  it('updates the sessions that follow the series’ new time and leaves the moved one', () => {
    const edited = editAll(plan, { ...rule, startTime: '11:00' }).current;
    const sync = planSeriesSync(stored, occurrencesOf(edited));
    expect(sync.insert).toEqual([]);
    expect(sync.delete).toEqual([]);
    expect(sync.update.map((u) => `${u.id} ${u.occurrence.date} ${u.occurrence.startTime}`)).toEqual([
      '1 2025-09-01 11:00',
      '2 2025-09-03 11:00',
      '4 2025-09-10 11:00',
    ]);
  });

  it('inserts new dates and deletes dates the rule no longer gives', () => {
    const edited = editAll(plan, { ...rule, weekdays: [1, 4] }).current; // 1, 4, 8, 11 September
    const sync = planSeriesSync(stored, occurrencesOf(edited));
    expect(sync.insert.map((o) => o.date)).toEqual(['2025-09-04', '2025-09-11']);
    expect(sync.delete).toEqual([2, 4]);
    expect(sync.update).toEqual([]);
  });

  it('leaves sessions before the given day as they happened', () => {
    const edited = editAll(plan, { ...rule, weekdays: [1, 4], startTime: '09:00' }).current;
    const sync = planSeriesSync(stored, occurrencesOf(edited), '2025-09-05');
    expect(sync.insert.map((o) => o.date)).toEqual(['2025-09-11']);
    expect(sync.delete).toEqual([4]);
    expect(sync.update).toEqual([]);
  });
});
