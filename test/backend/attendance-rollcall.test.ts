import { describe, expect, it } from 'vitest';
import { call } from './schedule-fixture';
import { fieldsOf, groupSessionOn, openAttendanceCentre, poolWithChildren } from './attendance-fixture';

/** Thursday 19 March 2026, 12:00 in Tashkent. */
const THURSDAY_NOON = '2026-03-19T07:00:00Z';

describe('attendance.rollCall and planned absences', () => {
  it('marks the whole roster present except the exceptions and a planned absence', async () => {
    const centre = await openAttendanceCentre();
    const groupId = await poolWithChildren(centre);
    const [aziz, bekzod, charos] = centre.kids;
    await call(centre.backend, 'attendance.plannedAbsences.add', {
      beneficiaryId: bekzod!,
      from: '2026-03-17',
      to: '2026-03-20',
      reason: 'Sanatoriyda davolanish',
    });
    // Charos joins on the 24th: not on the roll of the 19th.
    const sessionId = await groupSessionOn(centre, groupId, '2026-03-19');
    centre.setNow(THURSDAY_NOON);

    const board = await call(centre.backend, 'attendance.day', { date: '2026-03-19' });
    const people = board.sessions.find((s) => s.sessionId === sessionId)!.people;
    expect(people.map((p) => [p.beneficiaryId, p.mark, p.expected?.mark ?? null])).toEqual([
      [aziz, null, null],
      [bekzod, null, 'absent_excused'],
    ]);
    expect(people[1]!.expected).toMatchObject({ reason: 'Sanatoriyda davolanish' });

    const stranger = await centre.backend.handle('attendance.rollCall', {
      sessionId,
      present: 'all',
      exceptions: [{ beneficiaryId: charos!, mark: 'absent_unexcused' }],
    });
    expect(fieldsOf(stranger)).toEqual({
      'exceptions.0.beneficiaryId': { key: 'attendance.validation.notOnSession' },
    });

    const roll = await call(centre.backend, 'attendance.rollCall', { sessionId, present: 'all' });
    expect(roll.marks.map((m) => [m.beneficiaryId, m.mark.mark, m.mark.reason])).toEqual([
      [aziz, 'present', ''],
      [bekzod, 'absent_excused', 'Sanatoriyda davolanish'],
    ]);
  });

  it('keeps marks made before the roll call, lets an exception override a planned absence', async () => {
    const centre = await openAttendanceCentre();
    const groupId = await poolWithChildren(centre);
    const [aziz, bekzod, charos] = centre.kids;
    await call(centre.backend, 'attendance.plannedAbsences.add', {
      beneficiaryId: bekzod!,
      from: '2026-03-24',
      to: '2026-03-24',
      reason: 'Shifokor koʻrigi',
    });
    const sessionId = await groupSessionOn(centre, groupId, '2026-03-24');
    centre.setNow('2026-03-24T05:03:00Z');
    await call(centre.backend, 'attendance.mark', { sessionId, beneficiaryId: aziz!, mark: 'late' });
    const roll = await call(centre.backend, 'attendance.rollCall', {
      sessionId,
      present: 'all',
      exceptions: [
        { beneficiaryId: bekzod!, mark: 'present' },
        { beneficiaryId: charos!, mark: 'absent_unexcused', reason: 'Xabar bermadi' },
      ],
    });
    expect(roll.marks.map((m) => [m.beneficiaryId, m.mark.mark, m.mark.arrivedAt])).toEqual([
      [aziz, 'late', '10:03'],
      [bekzod, 'present', '10:03'],
      [charos, 'absent_unexcused', null],
    ]);
    // The roll call made no corrections of Aziz's earlier mark.
    expect(
      (await call(centre.backend, 'attendance.history', { sessionId, beneficiaryId: aziz! })).changes,
    ).toEqual([]);
  });

  it('lists, refuses backwards and removes planned absences', async () => {
    const centre = await openAttendanceCentre();
    const [aziz, bekzod] = centre.kids;
    const backwards = await centre.backend.handle('attendance.plannedAbsences.add', {
      beneficiaryId: aziz!,
      from: '2026-03-10',
      to: '2026-03-03',
      reason: 'Toʻy',
    });
    expect(fieldsOf(backwards)).toEqual({ to: { key: 'attendance.validation.endBeforeStart' } });
    const noReason = await centre.backend.handle('attendance.plannedAbsences.add', {
      beneficiaryId: aziz!,
      from: '2026-03-03',
      to: '2026-03-10',
      reason: ' ',
    });
    expect(fieldsOf(noReason)).toEqual({ reason: { key: 'validation.required' } });

    const march = await call(centre.backend, 'attendance.plannedAbsences.add', {
      beneficiaryId: aziz!,
      from: '2026-03-03',
      to: '2026-03-10',
      reason: 'Toʻy',
      note: 'Qishloqqa ketishadi',
    });
    expect(march).toMatchObject({
      beneficiaryId: aziz,
      from: '2026-03-03',
      to: '2026-03-10',
      note: 'Qishloqqa ketishadi',
    });
    await call(centre.backend, 'attendance.plannedAbsences.add', {
      beneficiaryId: bekzod!,
      from: '2026-04-01',
      to: '2026-04-05',
      reason: 'Sanatoriy',
    });
    const inMarch = await call(centre.backend, 'attendance.plannedAbsences.list', {
      from: '2026-03-09',
      to: '2026-03-31',
    });
    expect(inMarch.map((a) => a.id)).toEqual([march.id]);
    expect(
      await call(centre.backend, 'attendance.plannedAbsences.list', { beneficiaryId: bekzod! }),
    ).toHaveLength(1);
    await call(centre.backend, 'attendance.plannedAbsences.remove', { id: march.id });
    expect(await call(centre.backend, 'attendance.plannedAbsences.list', {})).toHaveLength(1);
    const again = await centre.backend.handle('attendance.plannedAbsences.remove', { id: march.id });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
  });
});
