import { describe, expect, it } from 'vitest';
import {
  bookingVerdict,
  CLASH_KINDS,
  CLASH_SEVERITY,
  findClashes,
  type Clash,
} from '../../shared/domain/scheduling';
import type { WorkingHours } from '../../shared/domain/staff';
import { candidate, context, hours, session, weekday, withOf } from './scheduling-clash-fixtures';

describe('hours, leave and closures', () => {
  const outside = (
    startTime: string,
    endTime: string,
    date = '2025-09-02',
    day: WorkingHours | null = weekday(2),
  ): Clash => ({
    kind: 'outside_working_hours',
    severity: 'soft',
    specialistId: 5,
    date,
    startTime,
    endTime,
    hours: day,
  });

  it('finds a session running past the end of the day or into the break', () => {
    expect(findClashes({ ...candidate, startTime: '16:30' }, context())).toEqual([outside('16:30', '17:15')]);
    expect(findClashes({ ...candidate, startTime: '11:30' }, context())).toEqual([outside('11:30', '12:15')]);
    expect(findClashes({ ...candidate, startTime: '16:15' }, context())).toEqual([]);
    expect(findClashes({ ...candidate, startTime: '08:00' }, context())).toEqual([]);
  });

  it('finds a session on a day without hours, or running past midnight', () => {
    expect(findClashes({ ...candidate, date: '2025-09-06' }, context())).toEqual([
      outside('10:00', '10:45', '2025-09-06', null),
    ]);
    expect(findClashes({ ...candidate, startTime: '23:30' }, context())).toEqual([outside('23:30', '24:00')]);
  });

  it('finds leave instead of hours when the specialist is away', () => {
    const absences = [{ id: 40, startDate: '2025-09-01', endDate: '2025-09-05' }];
    expect(
      findClashes({ ...candidate, startTime: '18:00' }, context({ specialist: { hours, absences } })),
    ).toEqual([{ kind: 'on_leave', severity: 'soft', specialistId: 5, date: '2025-09-02', absenceId: 40 }]);
  });

  it('finds a closed day', () => {
    const closures = [{ id: 3, startDate: '2025-09-02', endDate: '2025-09-03' }];
    expect(findClashes(candidate, context({ closures }))).toEqual([
      { kind: 'closed_day', severity: 'soft', date: '2025-09-02', closureId: 3 },
    ]);
  });
});

describe('who the service is for', () => {
  it('finds a child outside the service’s age band on the session’s date', () => {
    // Born 3 Sep 2022: 35 months on 2 Sep 2025, 36 the next day.
    const service = { minAgeMonths: 36, maxAgeMonths: 72, eligibility: [] };
    expect(findClashes({ ...candidate, beneficiaryIds: [101] }, context({ service }))).toEqual([
      {
        kind: 'outside_age_band',
        severity: 'soft',
        beneficiaryId: 101,
        ageMonths: 35,
        minAgeMonths: 36,
        maxAgeMonths: 72,
      },
    ]);
    expect(
      findClashes({ ...candidate, date: '2025-09-03', beneficiaryIds: [101] }, context({ service })),
    ).toEqual([]);
  });

  it('uses a group’s own age band in place of the service’s', () => {
    const service = { minAgeMonths: null, maxAgeMonths: null, eligibility: [] };
    const ageBand = { minAgeMonths: 48, maxAgeMonths: 72 };
    // Born 10 May 2020: 63 months, inside; the other child (35 months) is not.
    expect(
      findClashes({ ...candidate, roomId: null, beneficiaryIds: [100, 101] }, context({ service, ageBand })),
    ).toEqual([
      {
        kind: 'outside_age_band',
        severity: 'soft',
        beneficiaryId: 101,
        ageMonths: 35,
        minAgeMonths: 48,
        maxAgeMonths: 72,
      },
    ]);
  });

  it('finds a person who meets none of the service’s criteria', () => {
    const service = { minAgeMonths: null, maxAgeMonths: null, eligibility: ['disability' as const] };
    expect(
      findClashes({ ...candidate, roomId: null, beneficiaryIds: [100, 101] }, context({ service })),
    ).toEqual([{ kind: 'not_eligible', severity: 'soft', beneficiaryId: 101, required: ['disability'] }]);
    const poverty = { ...service, eligibility: ['disability' as const, 'low_income' as const] };
    expect(
      findClashes({ ...candidate, roomId: null, beneficiaryIds: [100, 101] }, context({ service: poverty })),
    ).toEqual([]);
  });

  it('refuses to check a person it was not given', () => {
    expect(() => findClashes({ ...candidate, beneficiaryIds: [999] }, context())).toThrow(RangeError);
  });
});

describe('verdict', () => {
  it('lists every clash, hard ones first', () => {
    const busy = session('10:00', '10:45', { specialistId: 5, roomId: 1 });
    const clashes = findClashes(
      { ...candidate, beneficiaryIds: [101] },
      context({
        sessions: [busy],
        closures: [{ id: 3, startDate: '2025-09-02', endDate: '2025-09-02' }],
        service: { minAgeMonths: 36, maxAgeMonths: null, eligibility: ['disability'] },
      }),
    );
    expect(clashes.map((c) => `${c.severity} ${c.kind}`)).toEqual([
      'hard specialist_busy',
      'hard room_over_capacity',
      'soft closed_day',
      'soft outside_age_band',
      'soft not_eligible',
    ]);
  });

  it('refuses hard clashes whatever the reason, and books soft ones only with a reason', () => {
    const hard: Clash = {
      kind: 'mother_busy',
      severity: 'hard',
      guardianId: 1,
      with: withOf(session('10:00', '11:00')),
    };
    const soft: Clash = { kind: 'closed_day', severity: 'soft', date: '2025-09-02', closureId: 3 };
    expect(bookingVerdict([], null)).toBe('ok');
    expect(bookingVerdict([soft], null)).toBe('needs_override');
    expect(bookingVerdict([soft], '  ')).toBe('needs_override');
    expect(bookingVerdict([soft], 'agreed with the family')).toBe('overridden');
    expect(bookingVerdict([soft, hard], 'agreed with the family')).toBe('refused');
  });

  it('makes people and places hard, and the centre’s rules soft', () => {
    expect(CLASH_KINDS.filter((kind) => CLASH_SEVERITY[kind] === 'hard')).toEqual([
      'specialist_busy',
      'beneficiary_busy',
      'mother_busy',
      'room_over_capacity',
    ]);
  });
});
