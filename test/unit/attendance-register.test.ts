import { describe, expect, it } from 'vitest';
import {
  dayMark,
  expectedMark,
  isMonth,
  markOfCancellation,
  monthDates,
  registerGrid,
  registerTotals,
  type PlannedAbsence,
} from '../../shared/domain/attendance';

const away: PlannedAbsence = {
  id: 4,
  beneficiaryId: 7,
  from: '2026-03-03',
  to: '2026-03-10',
  reason: 'Sanatoriyada davolanish',
  note: '',
};

describe('planned absences', () => {
  it('pre-fill an excused absence with the reason on the days they cover, for that person only', () => {
    expect(expectedMark([away], 7, '2026-03-03')).toEqual({
      mark: 'absent_excused',
      reason: 'Sanatoriyada davolanish',
      plannedAbsenceId: 4,
    });
    expect(expectedMark([away], 7, '2026-03-10')?.mark).toBe('absent_excused');
    expect(expectedMark([away], 7, '2026-03-11')).toBeNull();
    expect(expectedMark([away], 7, '2026-03-02')).toBeNull();
    expect(expectedMark([away], 8, '2026-03-05')).toBeNull();
  });

  it('count a session the centre cancelled as cancelled by the centre, one the family cancelled as excused', () => {
    expect(markOfCancellation('centre')).toBe('cancelled_by_centre');
    expect(markOfCancellation('illness')).toBe('absent_excused');
    expect(markOfCancellation('family')).toBe('absent_excused');
  });
});

describe('register totals', () => {
  it('count attended (present and late), absences by kind and centre cancellations; unmarked not at all', () => {
    expect(
      registerTotals([
        'present',
        'late',
        'present',
        'absent_excused',
        'absent_unexcused',
        'absent_unexcused',
        'cancelled_by_centre',
        null,
      ]),
    ).toEqual({
      attended: 3,
      late: 1,
      absent: 3,
      absentExcused: 1,
      absentUnexcused: 2,
      cancelledByCentre: 1,
      total: 7,
    });
    expect(registerTotals([]).total).toBe(0);
  });

  it('show one mark per day: having come to any session wins', () => {
    expect(dayMark(['absent_unexcused', 'present'])).toBe('present');
    expect(dayMark(['absent_excused', 'late'])).toBe('late');
    expect(dayMark(['absent_excused', 'absent_unexcused'])).toBe('absent_unexcused');
    expect(dayMark([null, 'cancelled_by_centre'])).toBe('cancelled_by_centre');
    expect(dayMark([null])).toBeNull();
  });
});

describe('register grid', () => {
  it('knows months and their days', () => {
    expect(isMonth('2026-02')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-2')).toBe(false);
    expect(monthDates('2026-02')).toHaveLength(28);
    expect(monthDates('2028-02').at(-1)).toBe('2028-02-29');
    expect(monthDates('2026-03')[0]).toBe('2026-03-01');
  });

  it('lays out a cell per person per day, with per-row and per-day totals counted in days', () => {
    const dates = ['2026-03-02', '2026-03-03', '2026-03-04'];
    const grid = registerGrid(
      dates,
      [{ beneficiaryId: 1 }, { beneficiaryId: 2 }],
      [
        { beneficiaryId: 1, date: '2026-03-02', mark: 'present' },
        { beneficiaryId: 1, date: '2026-03-02', mark: 'absent_unexcused' },
        { beneficiaryId: 1, date: '2026-03-04', mark: 'absent_excused' },
        // Joined on the 3rd: nothing before.
        { beneficiaryId: 2, date: '2026-03-03', mark: 'late' },
        { beneficiaryId: 2, date: '2026-03-04', mark: null },
      ],
    );
    expect(grid.rows[0]!.cells).toEqual([
      { mark: 'present', sessions: 2 },
      null,
      { mark: 'absent_excused', sessions: 1 },
    ]);
    expect(grid.rows[0]!.totals).toMatchObject({ attended: 1, absent: 1, absentExcused: 1, total: 2 });
    expect(grid.rows[1]!.cells[0]).toBeNull();
    expect(grid.rows[1]!.totals).toMatchObject({ attended: 1, late: 1, total: 1 });
    expect(grid.dayTotals).toEqual([
      { attended: 1, absent: 0, cancelledByCentre: 0, expected: 1 },
      { attended: 1, absent: 0, cancelledByCentre: 0, expected: 1 },
      { attended: 0, absent: 1, cancelledByCentre: 0, expected: 2 },
    ]);
  });
});
