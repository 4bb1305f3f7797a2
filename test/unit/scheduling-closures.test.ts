import { describe, expect, it } from 'vitest';
import {
  applyDecisions,
  applyExceptions,
  blankException,
  expandSeries,
  occurrencesNeedingDecision,
  type SeriesPlan,
  type SeriesRule,
} from '../../shared/domain/scheduling';

const course: SeriesRule = {
  startDate: '2025-09-01',
  startTime: '10:00',
  durationMinutes: 45,
  weekdays: [1, 3],
  intervalWeeks: 1,
  end: { kind: 'count', count: 10 },
};
const independenceDay = {
  id: 1,
  startDate: '2025-09-01',
  endDate: '2025-09-01',
  kind: 'holiday' as const,
  name: 'Mustaqillik kuni',
};
const repairs = {
  id: 2,
  startDate: '2025-10-06',
  endDate: '2025-10-10',
  kind: 'centre' as const,
  name: 'Taʼmirlash',
};
const leave = { id: 10, staffId: 5, kind: 'leave' as const, startDate: '2025-09-15', endDate: '2025-09-17' };
const otherLeave = {
  id: 11,
  staffId: 6,
  kind: 'sick' as const,
  startDate: '2025-09-08',
  endDate: '2025-09-10',
};

const scheduled = (plan: SeriesPlan) => applyExceptions(expandSeries(plan.rule), plan.exceptions);
const needing = (plan: SeriesPlan) =>
  occurrencesNeedingDecision(scheduled(plan), [independenceDay, repairs], [leave, otherLeave], 5).map(
    (n) => ({
      date: n.occurrence.date,
      reasons: n.reasons.map((r) =>
        r.kind === 'closure' ? `closure ${r.closure.id}` : `absence ${r.absence.id}`,
      ),
    }),
  );

describe('sessions on closures and absences', () => {
  it('lists every session on a closure or an absence of its specialist, with the reason', () => {
    const plan: SeriesPlan = {
      rule: course,
      exceptions: [{ ...blankException('2025-09-10'), changes: { specialistId: 6 } }],
    };
    expect(needing(plan)).toEqual([
      { date: '2025-09-01', reasons: ['closure 1'] },
      { date: '2025-09-10', reasons: ['absence 11'] },
      { date: '2025-09-15', reasons: ['absence 10'] },
      { date: '2025-09-17', reasons: ['absence 10'] },
    ]);
  });

  it('gives both reasons when the centre is closed and the specialist away', () => {
    const both = { ...leave, id: 12, startDate: '2025-09-01', endDate: '2025-09-01' };
    const result = occurrencesNeedingDecision(
      scheduled({ rule: course, exceptions: [] }),
      [independenceDay],
      [both],
      5,
    );
    expect(result[0]?.reasons.map((r) => r.kind)).toEqual(['closure', 'absence']);
    expect(result).toHaveLength(1);
  });

  it('records skip, move and keep as exceptions and asks no more about them', () => {
    const plan = applyDecisions({ rule: course, exceptions: [] }, [
      { originalDate: '2025-09-01', choice: 'skip', reason: 'centre', note: '' },
      {
        originalDate: '2025-09-15',
        choice: 'move',
        to: { date: '2025-09-19', startTime: '10:00', durationMinutes: 45 },
      },
      { originalDate: '2025-09-17', choice: 'keep', note: 'comes in for this child' },
    ]);
    expect(plan.rule).toEqual(course);
    expect(plan.exceptions).toEqual([
      { ...blankException('2025-09-01'), cancelled: { reason: 'centre', note: '' } },
      {
        ...blankException('2025-09-15'),
        moved: { date: '2025-09-19', startTime: '10:00', durationMinutes: 45 },
      },
      { ...blankException('2025-09-17'), kept: { note: 'comes in for this child' } },
    ]);
    expect(needing(plan)).toEqual([]);
    expect(scheduled(plan).filter((o) => o.status === 'scheduled')).toHaveLength(9);
  });

  it('asks again about a session moved onto another closure', () => {
    const plan = applyDecisions({ rule: course, exceptions: [] }, [
      {
        originalDate: '2025-09-15',
        choice: 'move',
        to: { date: '2025-10-07', startTime: '10:00', durationMinutes: 45 },
      },
    ]);
    expect(needing(plan).map((n) => n.date)).toContain('2025-10-07');
  });

  it('keeps a course of 10 sessions at 10 when one is skipped for a closure', () => {
    const plan = applyDecisions(
      { rule: course, exceptions: [] },
      [{ originalDate: '2025-09-01', choice: 'skip', reason: 'centre', note: '' }],
      {
        keepCourseLength: true,
      },
    );
    expect(plan.rule.end).toEqual({ kind: 'count', count: 11 });
    expect(
      scheduled(plan)
        .filter((o) => o.status === 'scheduled')
        .map((o) => o.date),
    ).toEqual([
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
    ]);
    // The session that makes up for it falls in the repairs week: the receptionist decides again.
    expect(needing(plan).map((n) => n.date)).toEqual(['2025-09-15', '2025-09-17', '2025-10-06']);
  });

  it('does not grow a course for a session skipped twice, or for a series ending on a date', () => {
    const skip = { originalDate: '2025-09-01', choice: 'skip' as const, reason: 'centre' as const, note: '' };
    const once = applyDecisions({ rule: course, exceptions: [] }, [skip], { keepCourseLength: true });
    expect(applyDecisions(once, [skip], { keepCourseLength: true }).rule.end).toEqual({
      kind: 'count',
      count: 11,
    });
    const until: SeriesRule = { ...course, end: { kind: 'until', date: '2025-10-01' } };
    expect(applyDecisions({ rule: until, exceptions: [] }, [skip], { keepCourseLength: true }).rule).toEqual(
      until,
    );
  });

  it('leaves cancelled sessions out of the question', () => {
    const plan: SeriesPlan = {
      rule: course,
      exceptions: [{ ...blankException('2025-09-01'), cancelled: { reason: 'family', note: '' } }],
    };
    expect(needing(plan).map((n) => n.date)).toEqual(['2025-09-15', '2025-09-17']);
  });
});
