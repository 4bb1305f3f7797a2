import { describe, expect, it } from 'vitest';
import type { Mark } from '../../shared/domain/attendance';
import { call } from './schedule-fixture';
import {
  bookMonday,
  fieldsOf,
  groupSessionOn,
  openAttendanceCentre,
  poolWithChildren,
  type AttendanceCentre,
} from './attendance-fixture';

/** March 2026 in the pool group: Aziz and Bekzod from the 17th, Charos from the 24th; read on 1 April. */
async function markedMarch(centre: AttendanceCentre): Promise<number> {
  const groupId = await poolWithChildren(centre);
  const [aziz, bekzod, charos] = centre.kids;
  await call(centre.backend, 'attendance.plannedAbsences.add', {
    beneficiaryId: bekzod!,
    from: '2026-03-17',
    to: '2026-03-20',
    reason: 'Sanatoriy',
  });
  // Announced ahead and never marked: the register counts it as the excused absence it pre-fills.
  await call(centre.backend, 'attendance.plannedAbsences.add', {
    beneficiaryId: aziz!,
    from: '2026-03-31',
    to: '2026-03-31',
    reason: 'Toʻy',
  });
  centre.setNow('2026-04-01T07:00:00Z');
  const rolls: Array<[string, Array<{ beneficiaryId: number; mark: Mark }>]> = [
    ['2026-03-17', []],
    ['2026-03-19', [{ beneficiaryId: aziz!, mark: 'late' }]],
    ['2026-03-24', []],
    ['2026-03-26', [{ beneficiaryId: charos!, mark: 'absent_unexcused' }]],
  ];
  for (const [date, exceptions] of rolls)
    await call(centre.backend, 'attendance.rollCall', {
      sessionId: await groupSessionOn(centre, groupId, date),
      present: 'all',
      exceptions,
    });
  return groupId;
}

describe('attendance.month', () => {
  it('lays out a group’s month: a row per person, a cell per day, totals per row and per day', async () => {
    const centre = await openAttendanceCentre();
    const groupId = await markedMarch(centre);
    const [aziz, bekzod, charos] = centre.kids;
    const register = await call(centre.backend, 'attendance.month', { month: '2026-03', groupId });

    expect(register.scope).toMatchObject({ kind: 'group', id: groupId, responsible: 'Usmonova D.' });
    expect(register.days).toHaveLength(31);
    expect(register.days[0]).toMatchObject({ date: '2026-03-01', day: 1, weekday: 7, dayOff: true });
    expect(register.days[16]).toMatchObject({
      date: '2026-03-17',
      weekday: 2,
      dayOff: false,
      closure: null,
      holidayKey: null,
    });
    // Navroʻz, filled in from the holiday calendar when the centre opened, is shaded with its key.
    expect(register.days[20]).toMatchObject({ date: '2026-03-21', holidayKey: '2026:navruz' });
    expect(register.days[20]!.closure).not.toBeNull();
    expect(register.rows.map((r) => [r.number, r.beneficiaryId, r.givenName])).toEqual([
      [1, aziz, 'Aziz'],
      [2, bekzod, 'Bekzod'],
      [3, charos, 'Charos'],
    ]);

    const marksOf = (row: number) =>
      Object.fromEntries(
        register.rows[row]!.cells.flatMap((cell, index) => (cell ? [[index + 1, cell.mark]] : [])),
      );
    expect(marksOf(0)).toEqual({
      17: 'present',
      19: 'late',
      24: 'present',
      26: 'present',
      31: 'absent_excused',
    });
    expect(marksOf(1)).toEqual({
      17: 'absent_excused',
      19: 'absent_excused',
      24: 'present',
      26: 'present',
      31: null,
    });
    // Joined on the 24th: nothing before.
    expect(marksOf(2)).toEqual({ 24: 'present', 26: 'absent_unexcused', 31: null });

    expect(register.rows[0]!.totals).toEqual({
      attended: 4,
      late: 1,
      absent: 1,
      absentExcused: 1,
      absentUnexcused: 0,
      cancelledByCentre: 0,
      total: 5,
    });
    expect(register.rows[1]!.totals).toMatchObject({ attended: 2, absent: 2, absentExcused: 2, total: 4 });
    expect(register.rows[2]!.totals).toMatchObject({ attended: 1, absent: 1, absentUnexcused: 1, total: 2 });
    expect(register.dayTotals[16]).toEqual({ attended: 1, absent: 1, cancelledByCentre: 0, expected: 2 });
    expect(register.dayTotals[25]).toEqual({ attended: 2, absent: 1, cancelledByCentre: 0, expected: 3 });
    expect(register.dayTotals[30]).toEqual({ attended: 0, absent: 1, cancelledByCentre: 0, expected: 3 });
    expect(register.dayTotals[0]).toEqual({ attended: 0, absent: 0, cancelledByCentre: 0, expected: 0 });
    expect(register.totals).toMatchObject({ attended: 7, absent: 4, absentExcused: 3, absentUnexcused: 1 });
  });

  it('covers the whole centre, a specialist or a service, and leaves days still to come blank', async () => {
    const centre = await openAttendanceCentre();
    const monday = await bookMonday(centre);
    const groupId = await markedMarch(centre);
    await call(centre.backend, 'attendance.mark', {
      sessionId: monday,
      beneficiaryId: centre.child,
      mark: 'present',
      arrivedAt: '09:58',
    });

    const whole = await call(centre.backend, 'attendance.month', { month: '2026-03' });
    expect(whole.scope).toEqual({ kind: 'centre' });
    expect(whole.rows.map((r) => r.givenName)).toEqual(['Aziz', 'Bekzod', 'Charos', 'Shahzod']);
    expect(whole.rows[3]!.cells[15]).toEqual({ mark: 'present', sessions: 1 });
    expect(whole.totals.attended).toBe(8);

    const speech = await call(centre.backend, 'attendance.month', {
      month: '2026-03',
      specialistId: centre.specialist,
    });
    expect(speech.scope).toMatchObject({ kind: 'specialist', responsible: 'Karimova D.' });
    expect(speech.rows.map((r) => r.beneficiaryId)).toEqual([centre.child]);
    const pool = await call(centre.backend, 'attendance.month', { month: '2026-03', serviceId: centre.pool });
    expect(pool.rows).toHaveLength(3);

    // April is read on its first day: the sessions of later days are blank, not absences.
    centre.setNow('2026-04-01T07:00:00Z');
    const april = await call(centre.backend, 'attendance.month', { month: '2026-04', groupId });
    expect(april.totals.total).toBe(0);
    expect(april.rows[0]!.cells[1]).toEqual({ mark: null, sessions: 1 });
  });

  it('refuses a malformed month and more than one scope', async () => {
    const centre = await openAttendanceCentre();
    expect(fieldsOf(await centre.backend.handle('attendance.month', { month: '2026-3' }))).toEqual({
      month: { key: 'attendance.validation.month' },
    });
    expect(
      fieldsOf(
        await centre.backend.handle('attendance.month', {
          month: '2026-03',
          serviceId: centre.pool,
          specialistId: centre.specialist,
        }),
      ),
    ).toEqual({ groupId: { key: 'attendance.validation.oneScope' } });
    const missing = await centre.backend.handle('attendance.month', { month: '2026-03', groupId: 999 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
