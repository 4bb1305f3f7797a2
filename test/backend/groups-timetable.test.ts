import { describe, expect, it } from 'vitest';
import { call, booking, kinds, MANAGER, RECEPTIONIST, refusal, sessionRows } from './schedule-fixture';
import { openGroupCentre, peopleByDate, poolGroup } from './groups-fixture';

const TUE_THU = [
  '2026-03-17',
  '2026-03-19',
  '2026-03-24',
  '2026-03-26',
  '2026-03-31',
  '2026-04-02',
  '2026-04-07',
  '2026-04-09',
  '2026-04-14',
  '2026-04-16',
  '2026-04-21',
  '2026-04-23',
  '2026-04-28',
  '2026-04-30',
];

describe('groups.create', () => {
  it('writes one session per date of the timetable, shown in the calendar with the group’s name', async () => {
    const centre = await openGroupCentre();
    const created = await call(centre.backend, 'groups.create', poolGroup(centre));
    expect(created.sessionIds).toHaveLength(TUE_THU.length);
    const rows = await sessionRows(centre.backend);
    expect(rows.map((r) => r.date)).toEqual(TUE_THU);
    expect(
      rows.every(
        (r) =>
          r.group_id === created.id &&
          r.series_id === null &&
          r.group_original_date === r.date &&
          r.start_time === '10:00' &&
          r.specialist_id === centre.colleague &&
          r.room_id === centre.poolRoom,
      ),
    ).toBe(true);
    const week = await call(centre.backend, 'schedule.range', { from: '2026-03-16', to: '2026-03-22' });
    expect(week.map((s) => [s.date, s.groupId, s.groupName])).toEqual([
      ['2026-03-17', created.id, 'Suzish, 4–6 yosh, Se/Pa 10:00'],
      ['2026-03-19', created.id, 'Suzish, 4–6 yosh, Se/Pa 10:00'],
    ]);
    const [summary] = await call(centre.backend, 'groups.list', {});
    expect(summary).toMatchObject({
      id: created.id,
      teacherName: 'Usmonova D.',
      roomName: 'Basseyn',
      capacity: 3,
      enrolled: 0,
      free: 3,
      waiting: 0,
      countedOn: '2026-03-17',
    });
  });

  it('refuses a teacher who already has a session then, and writes nothing', async () => {
    const centre = await openGroupCentre();
    await call(
      centre.backend,
      'schedule.book',
      booking(centre, { specialistId: centre.colleague, date: '2026-03-26', startTime: '10:30' }),
    );
    const conflict = refusal(await centre.backend.handle('groups.create', poolGroup(centre)));
    expect(kinds(conflict)).toEqual(['specialist_busy']);
    expect(conflict.clashes[0]!.date).toBe('2026-03-26');
    expect(await centre.backend.db.selectFrom('groups').select('id').execute()).toEqual([]);
    expect((await sessionRows(centre.backend)).filter((r) => r.group_id !== null)).toEqual([]);
  });

  it('refuses a room that is already full at that time', async () => {
    const centre = await openGroupCentre();
    await call(centre.backend, 'schedule.book', booking(centre, { date: '2026-03-19' }));
    const conflict = refusal(
      await centre.backend.handle('groups.create', poolGroup(centre, { roomId: centre.room, capacity: 1 })),
    );
    expect(kinds(conflict)).toEqual(['room_over_capacity']);
  });

  it('refuses a group larger than its room with a field message', async () => {
    const centre = await openGroupCentre();
    const result = await centre.backend.handle('groups.create', poolGroup(centre, { capacity: 5 }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { capacity: { key: 'groups.validation.capacityOverRoom' } } },
      },
    });
  });

  it('asks about sessions on a closure until each is skipped, moved or kept', async () => {
    const centre = await openGroupCentre();
    // Mondays and Wednesdays from 16 March: Navroʻz is kept on Monday 23 March.
    const group = poolGroup(centre, {
      schedule: { ...poolGroup(centre).schedule, startDate: '2026-03-16', weekdays: [1, 3] },
    });
    const asked = refusal(await centre.backend.handle('groups.create', group));
    expect(asked.needsDecision.map((n) => [n.occurrence.date, n.reasons[0]!.kind])).toEqual([
      ['2026-03-23', 'closure'],
    ]);
    expect(await centre.backend.db.selectFrom('groups').select('id').execute()).toEqual([]);
    const created = await call(centre.backend, 'groups.create', {
      ...group,
      decisions: [{ originalDate: '2026-03-23', choice: 'skip', reason: 'centre', note: 'Navroʻz' }],
    });
    const skipped = (await sessionRows(centre.backend)).find((r) => r.date === '2026-03-23');
    expect(skipped).toMatchObject({ group_id: created.id, status: 'cancelled', cancel_reason: 'centre' });
  });

  it('needs a manager’s reason for sessions outside the teacher’s hours and records it against the group', async () => {
    const centre = await openGroupCentre();
    const evening = poolGroup(centre, { schedule: { ...poolGroup(centre).schedule, startTime: '17:00' } });
    const asked = refusal(await centre.backend.handle('groups.create', evening, RECEPTIONIST));
    expect(asked.needsOverride).toBe(true);
    expect(new Set(kinds(asked))).toEqual(new Set(['outside_working_hours']));
    const forbidden = await centre.backend.handle(
      'groups.create',
      { ...evening, override: { reason: 'Parents work until five' } },
      RECEPTIONIST,
    );
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const created = await call(
      centre.backend,
      'groups.create',
      { ...evening, override: { reason: 'Parents work until five' } },
      MANAGER,
    );
    const override = await centre.backend.db
      .selectFrom('booking_overrides')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(override).toMatchObject({
      id: created.overrideId,
      group_id: created.id,
      reason: 'Parents work until five',
    });
  });
});

describe('groups.update', () => {
  it('moves the timetable from a date on; earlier sessions and one moved on its own stay, the roster follows', async () => {
    const centre = await openGroupCentre();
    const { id } = await call(centre.backend, 'groups.create', poolGroup(centre));
    await call(centre.backend, 'groups.enrol', {
      groupId: id,
      beneficiaryId: centre.kids[0]!,
      startDate: '2026-03-17',
    });
    const moved = (await sessionRows(centre.backend)).find((r) => r.date === '2026-04-09')!;
    await call(centre.backend, 'schedule.move', {
      sessionId: moved.id,
      date: '2026-04-10',
      startTime: '09:00',
      minutes: 45,
    });
    const result = await call(centre.backend, 'groups.update', {
      id,
      from: '2026-04-01',
      schedule: { ...poolGroup(centre).schedule, startTime: '11:00', weekdays: [1, 3] },
    });
    const rows = (await sessionRows(centre.backend)).filter((r) => r.group_id === id);
    const before = rows.filter((r) => r.date < '2026-04-01');
    expect(before.map((r) => [r.date, r.start_time])).toEqual(
      TUE_THU.filter((d) => d < '2026-04-01').map((d) => [d, '10:00']),
    );
    expect(rows.find((r) => r.id === moved.id)).toMatchObject({ date: '2026-04-10', start_time: '09:00' });
    const after = rows.filter((r) => r.date >= '2026-04-01' && r.id !== moved.id);
    expect(after.map((r) => r.date)).toEqual([
      '2026-04-01',
      '2026-04-06',
      '2026-04-08',
      '2026-04-13',
      '2026-04-15',
      '2026-04-20',
      '2026-04-22',
      '2026-04-27',
      '2026-04-29',
    ]);
    expect(after.every((r) => r.start_time === '11:00')).toBe(true);
    expect(result.sessionIds).toHaveLength(after.length);
    const people = await peopleByDate(centre, id);
    expect(Object.values(people).every((ids) => ids.length === 1 && ids[0] === centre.kids[0])).toBe(true);
    const detail = await call(centre.backend, 'groups.get', { id });
    expect(detail.upcoming.find((s) => s.id === moved.id)?.detached).toBe(true);
    expect(detail.upcoming.filter((s) => s.detached)).toHaveLength(1);

    // Back to Tuesdays and Thursdays from an earlier date: no session is left twice, the moved one stays put.
    await call(centre.backend, 'groups.update', {
      id,
      from: '2026-03-20',
      schedule: poolGroup(centre).schedule,
    });
    const again = (await sessionRows(centre.backend)).filter((r) => r.group_id === id && r.id !== moved.id);
    expect(again.map((r) => r.date)).toEqual(TUE_THU.filter((d) => d !== '2026-04-09'));
    expect((await sessionRows(centre.backend)).find((r) => r.id === moved.id)?.date).toBe('2026-04-10');
  });

  it('refuses to rewrite sessions before today', async () => {
    const centre = await openGroupCentre();
    const { id } = await call(centre.backend, 'groups.create', poolGroup(centre));
    const result = await centre.backend.handle('groups.update', {
      id,
      from: '2026-03-01',
      teacherId: centre.specialist,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { details: { fields: { from: { key: 'groups.validation.fromInPast' } } } },
    });
  });
});
