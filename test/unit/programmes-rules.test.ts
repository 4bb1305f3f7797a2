import { describe, expect, it } from 'vitest';
import {
  canBook,
  canMoveTo,
  daysUntilReview,
  formatGasLevel,
  isApproval,
  isCompleteScale,
  isDueForReview,
  isIcfCode,
  isPeriodValid,
  nextPeriod,
  nextStatuses,
  normaliseIcfCode,
  prescriptionCounts,
  PROGRAMME_STATUSES,
  repeatedLevels,
  sessionsToBook,
  splitIcfCodes,
  undescribedLevels,
} from '../../shared/domain/programmes';

describe('programme statuses', () => {
  it('moves draft → active → reviewed → active/closed, and never out of closed', () => {
    expect(nextStatuses('draft')).toEqual(['active', 'closed']);
    expect(nextStatuses('active')).toEqual(['reviewed', 'closed']);
    expect(nextStatuses('reviewed')).toEqual(['active', 'closed']);
    for (const to of PROGRAMME_STATUSES) expect(canMoveTo('closed', to)).toBe(false);
    expect(canMoveTo('draft', 'reviewed')).toBe(false);
    expect(isApproval('draft', 'active')).toBe(true);
    expect(isApproval('reviewed', 'active')).toBe(false);
    expect(PROGRAMME_STATUSES.filter(canBook)).toEqual(['active']);
  });
});

describe('Goal Attainment Scale', () => {
  it('needs all five levels described, each differently', () => {
    expect(isCompleteScale(['a', 'b', 'c', 'd', 'e'])).toBe(true);
    expect(undescribedLevels(['a', ' ', 'c', 'd', ''])).toEqual([-1, 2]);
    expect(isCompleteScale(['a', 'b', 'c', 'd'])).toBe(false);
    expect(repeatedLevels(['a', 'b', 'A', 'd', 'b '])).toEqual([0, 2]);
    expect(isCompleteScale(['a', 'b', 'A', 'd', 'e'])).toBe(false);
  });

  it('writes levels as on paper, with a real minus sign', () => {
    expect([-2, -1, 0, 1, 2].map((l) => formatGasLevel(l as -2))).toEqual(['−2', '−1', '0', '+1', '+2']);
  });
});

describe('ICF-CY codes', () => {
  it('accepts a component letter with a chapter or a 3–5 digit category, and an optional qualifier', () => {
    for (const code of ['d3', 'd330', 'b1670', 's73001', 'e310', 'd330.2', 's7300.213'])
      expect(isIcfCode(code), code).toBe(true);
    for (const code of ['d33', 'x330', 'd', 'd330000', 'p330', '330', 'd330.', 'd 330'])
      expect(isIcfCode(code), code).toBe(false);
    expect(normaliseIcfCode(' B1670 ')).toBe('b1670');
  });

  it('splits typed text into codes, keeping order and dropping repeats', () => {
    expect(splitIcfCodes('d330, b167;e310  d330')).toEqual(['d330', 'b167', 'e310']);
    expect(splitIcfCodes('  ')).toEqual([]);
  });
});

describe('review dates and periods', () => {
  it('is due for review on the review date and after, only while active', () => {
    const p = { status: 'active' as const, reviewDate: '2026-06-01' };
    expect(isDueForReview(p, '2026-05-31')).toBe(false);
    expect(isDueForReview(p, '2026-06-01')).toBe(true);
    expect(isDueForReview(p, '2026-07-01')).toBe(true);
    expect(isDueForReview({ ...p, status: 'draft' }, '2026-07-01')).toBe(false);
    expect(isDueForReview({ ...p, status: 'reviewed' }, '2026-07-01')).toBe(false);
    expect(daysUntilReview('2026-06-01', '2026-05-30')).toBe(2);
    expect(daysUntilReview('2026-06-01', '2026-06-01')).toBe(0);
    expect(daysUntilReview('2026-06-01', '2026-06-03')).toBe(-2);
  });

  it('keeps the review inside the period and the end after the start', () => {
    expect(isPeriodValid({ startDate: '2026-01-01', reviewDate: '2026-01-01', endDate: '2026-06-30' })).toBe(
      true,
    );
    expect(isPeriodValid({ startDate: '2026-01-01', reviewDate: '2026-07-01', endDate: '2026-06-30' })).toBe(
      false,
    );
    expect(isPeriodValid({ startDate: '2026-01-01', reviewDate: '2026-01-01', endDate: '2026-01-01' })).toBe(
      false,
    );
  });

  it('starts the next period the day after the end, or on a later review day, keeping its shape', () => {
    const period = { startDate: '2026-01-01', reviewDate: '2026-03-31', endDate: '2026-06-30' };
    expect(nextPeriod(period, '2026-06-20')).toEqual({
      startDate: '2026-07-01',
      reviewDate: '2026-09-28',
      endDate: '2026-12-28',
    });
    expect(nextPeriod(period, '2026-07-15').startDate).toBe('2026-07-15');
  });
});

describe('prescribed, booked and delivered sessions', () => {
  it('prescribes per week × weeks, books what is not cancelled, delivers present and late only', () => {
    const counts = prescriptionCounts({ sessionsPerWeek: 2, weeks: 12 }, [
      { status: 'scheduled', mark: 'present' },
      { status: 'scheduled', mark: 'late' },
      { status: 'scheduled', mark: 'absent_excused' },
      { status: 'scheduled', mark: 'absent_unexcused' },
      { status: 'scheduled', mark: null },
      { status: 'cancelled', mark: 'cancelled_by_centre' },
      { status: 'cancelled', mark: 'present' },
    ]);
    expect(counts).toEqual({ prescribed: 24, booked: 5, delivered: 2 });
    expect(sessionsToBook(counts)).toBe(19);
    expect(sessionsToBook({ prescribed: 4, booked: 6, delivered: 0 })).toBe(0);
  });
});
