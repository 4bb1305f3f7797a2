import { describe, expect, it } from 'vitest';
import {
  formatGasLevel,
  gasTrend,
  GAS_LEVELS,
  isDeliveredMark,
  isGasLevel,
  noteChangeProblem,
  rateableGoalIds,
  ratingProblems,
  signProblem,
  type ProgrammeSpan,
} from '../../shared/domain/notes';

describe('GAS levels', () => {
  it('are the five whole levels −2 … +2', () => {
    expect(GAS_LEVELS).toEqual([-2, -1, 0, 1, 2]);
    for (const level of GAS_LEVELS) expect(isGasLevel(level)).toBe(true);
    for (const other of [-3, 3, 0.5, '0', null, undefined]) expect(isGasLevel(other)).toBe(false);
  });

  it('print with their sign and a true minus', () => {
    expect(GAS_LEVELS.map(formatGasLevel)).toEqual(['−2', '−1', '0', '+1', '+2']);
  });
});

describe('a note’s life', () => {
  it('is written only for a session the person came to', () => {
    expect(isDeliveredMark('present')).toBe(true);
    expect(isDeliveredMark('late')).toBe(true);
    for (const mark of ['absent_excused', 'absent_unexcused', 'cancelled_by_centre', null] as const)
      expect(isDeliveredMark(mark)).toBe(false);
  });

  it('is saved and signed while a draft, and once signed only amended', () => {
    expect(noteChangeProblem(null, 'saveDraft')).toBeNull();
    expect(noteChangeProblem('draft', 'saveDraft')).toBeNull();
    expect(noteChangeProblem('draft', 'sign')).toBeNull();
    expect(noteChangeProblem(null, 'sign')).toBeNull();
    expect(noteChangeProblem('signed', 'saveDraft')).toBe('signed');
    expect(noteChangeProblem('signed', 'sign')).toBe('signed');
    expect(noteChangeProblem('signed', 'amend')).toBeNull();
    expect(noteChangeProblem('draft', 'amend')).toBe('notSigned');
    expect(noteChangeProblem(null, 'amend')).toBe('notSigned');
  });

  it('is signed only with what was done written down', () => {
    expect(signProblem('  \n')).toBe('whatWasDoneRequired');
    expect(signProblem('Artikulyatsiya mashqlari')).toBeNull();
  });
});

describe('which goals a note rates', () => {
  const programmes: ProgrammeSpan[] = [
    { status: 'active', startDate: '2026-03-01', endDate: '2026-05-31', goalIds: [1, 2] },
    { status: 'draft', startDate: '2026-03-01', endDate: '2026-05-31', goalIds: [3] },
    { status: 'closed', startDate: '2025-09-01', endDate: '2026-02-28', goalIds: [4] },
    { status: 'active', startDate: '2026-06-01', endDate: '2026-08-31', goalIds: [5] },
  ];

  it('the goals of the programmes active on the session’s date, both ends included', () => {
    expect([...rateableGoalIds(programmes, '2026-03-01')]).toEqual([1, 2]);
    expect([...rateableGoalIds(programmes, '2026-05-31')]).toEqual([1, 2]);
    expect([...rateableGoalIds(programmes, '2026-06-01')]).toEqual([5]);
    expect([...rateableGoalIds(programmes, '2026-02-15')]).toEqual([]);
  });

  it('refuses another programme’s goal and the same goal twice', () => {
    const rateable = rateableGoalIds(programmes, '2026-03-16');
    expect(
      ratingProblems(
        [
          { goalId: 1, level: 0 },
          { goalId: 3, level: 1 },
          { goalId: 1, level: 2 },
          { goalId: 2, level: -2 },
        ],
        rateable,
      ),
    ).toEqual([
      { index: 1, problem: 'foreignGoal' },
      { index: 2, problem: 'duplicateGoal' },
    ]);
  });
});

describe('the GAS trend', () => {
  it('one point per goal and date, in date order, the later rating of a day kept', () => {
    const trend = gasTrend([
      { goalId: 1, date: '2026-03-18', level: -1 },
      { goalId: 1, date: '2026-03-16', level: -2 },
      { goalId: 2, date: '2026-03-16', level: 0 },
      { goalId: 1, date: '2026-03-18', level: 0 },
    ]);
    expect(trend.get(1)).toEqual([
      { date: '2026-03-16', level: -2 },
      { date: '2026-03-18', level: 0 },
    ]);
    expect(trend.get(2)).toEqual([{ date: '2026-03-16', level: 0 }]);
  });
});
