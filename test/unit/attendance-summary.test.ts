import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKS, type Mark } from '../../shared/domain/attendance';
import {
  attendanceRate,
  summarise,
  type SummaryCounts,
  type SummaryVisit,
} from '../../shared/domain/attendance-summary';

const visit = (sessionId: number, mark: Mark | null, upcoming = false): SummaryVisit => ({
  sessionId,
  mark,
  upcoming,
});

const visitArb = fc.record({
  sessionId: fc.integer({ min: 1, max: 30 }),
  mark: fc.option(fc.constantFrom(...MARKS), { nil: null }),
  upcoming: fc.boolean(),
});

const ADDITIVE = [
  'planned',
  'attended',
  'present',
  'late',
  'absentExcused',
  'absentUnexcused',
  'cancelledByCentre',
  'notMarked',
  'upcoming',
] as const satisfies ReadonlyArray<keyof SummaryCounts>;

describe('summarise', () => {
  it('counts each visit once under what happened; upcoming visits are not planned yet', () => {
    const counts = summarise([
      visit(1, 'present'),
      visit(1, 'late'),
      visit(1, 'absent_excused'),
      visit(2, 'absent_unexcused'),
      visit(3, 'cancelled_by_centre'),
      visit(3, 'cancelled_by_centre'),
      visit(4, null),
      visit(5, 'present', true),
    ]);
    expect(counts).toEqual({
      sessions: 4,
      planned: 7,
      attended: 2,
      present: 1,
      late: 1,
      absentExcused: 1,
      absentUnexcused: 1,
      cancelledByCentre: 2,
      notMarked: 1,
      upcoming: 1,
      // 2 attended of the 7 − 2 visits the centre did not cancel.
      rate: 2 / 5,
    });
  });

  it('has no rate when nothing was planned, or the centre cancelled all of it', () => {
    expect(summarise([]).rate).toBeNull();
    expect(summarise([visit(1, 'cancelled_by_centre'), visit(2, 'cancelled_by_centre')]).rate).toBeNull();
    expect(summarise([visit(1, 'present', true)]).rate).toBeNull();
  });

  it('keeps absences and unmarked visits in the rate’s denominator', () => {
    expect(summarise([visit(1, 'present'), visit(2, null)]).rate).toBe(1 / 2);
    expect(summarise([visit(1, 'present'), visit(2, 'absent_excused')]).rate).toBe(1 / 2);
    expect(summarise([visit(1, 'present'), visit(2, 'cancelled_by_centre')]).rate).toBe(1);
  });

  it('adds up: every planned visit lands in exactly one column, attended = present + late', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 60 }), (visits) => {
        const c = summarise(visits);
        expect(c.attended).toBe(c.present + c.late);
        expect(c.attended + c.absentExcused + c.absentUnexcused + c.cancelledByCentre + c.notMarked).toBe(
          c.planned,
        );
        expect(c.planned + c.upcoming).toBe(visits.length);
        expect(c.rate).toBe(attendanceRate(c));
        if (c.rate !== null) {
          expect(c.rate).toBeGreaterThanOrEqual(0);
          expect(c.rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('gives a total equal to the sum of its parts when sessions are not shared between them', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 60 }), fc.integer({ min: 2, max: 5 }), (visits, parts) => {
        // Split by session, as the summary splits by service and group: a session is in one bucket only.
        const buckets = Array.from({ length: parts }, (_, i) =>
          visits.filter((v) => v.sessionId % parts === i),
        );
        const total = summarise(visits);
        const counted = buckets.map(summarise);
        for (const key of [...ADDITIVE, 'sessions'] as const)
          expect(
            counted.reduce((sum, c) => sum + c[key], 0),
            key,
          ).toBe(total[key]);
        expect(total.rate).toBe(attendanceRate(total));
      }),
    );
  });
});

describe('attendanceRate', () => {
  it('is attended / (planned − cancelled by the centre)', () => {
    expect(attendanceRate({ attended: 6, planned: 10, cancelledByCentre: 2 })).toBe(6 / 8);
    expect(attendanceRate({ attended: 0, planned: 3, cancelledByCentre: 0 })).toBe(0);
    expect(attendanceRate({ attended: 0, planned: 3, cancelledByCentre: 3 })).toBeNull();
  });
});
