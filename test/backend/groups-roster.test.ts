import { describe, expect, it } from 'vitest';
import type { GroupFullConflict } from '../../shared/contract/groups';
import { openTestBackend, testDir } from './backend-fixture';
import { addChild, openGroupCentre, peopleByDate, poolGroup, type GroupCentre } from './groups-fixture';
import { booking, call, kinds, MANAGER, RECEPTIONIST, refusal } from './schedule-fixture';

/** Wednesday 25 March 2026, 09:00 in Tashkent: two weeks into the term. */
const LATER = new Date('2026-03-25T04:00:00Z');

async function poolWith(centre: GroupCentre, capacity = 3) {
  return (await call(centre.backend, 'groups.create', poolGroup(centre, { capacity }))).id;
}

describe('groups.enrol', () => {
  it('enrols up to the capacity, then refuses with the full dates and the first free one', async () => {
    const centre = await openGroupCentre();
    const groupId = await poolWith(centre);
    const [a, b, c, d] = centre.kids as [number, number, number, number];
    for (const [beneficiaryId, endDate] of [
      [a, null],
      [b, '2026-04-02'],
      [c, null],
    ] as const)
      await call(centre.backend, 'groups.enrol', {
        groupId,
        beneficiaryId,
        startDate: '2026-03-17',
        endDate,
      });
    const full = await centre.backend.handle('groups.enrol', {
      groupId,
      beneficiaryId: d,
      startDate: '2026-03-17',
    });
    expect(full.ok).toBe(false);
    if (full.ok) return;
    expect(full.error.code).toBe('CONFLICT');
    expect(full.error.details).toEqual({
      kind: 'group_full',
      dates: ['2026-03-17', '2026-03-19', '2026-03-24', '2026-03-26', '2026-03-31', '2026-04-02'],
      firstFreeDate: '2026-04-07',
    } satisfies GroupFullConflict);

    const later = await call(centre.backend, 'groups.enrol', {
      groupId,
      beneficiaryId: d,
      startDate: '2026-04-07',
    });
    expect(later.sessionIds).toHaveLength(8);
    const people = await peopleByDate(centre, groupId);
    expect(people['2026-04-02']).toEqual([a, b, c]);
    expect(people['2026-04-07']).toEqual([a, c, d]);
    const [summary] = await call(centre.backend, 'groups.list', {});
    expect(summary).toMatchObject({ enrolled: 3, free: 0, countedOn: '2026-03-17' });
    const again = await centre.backend.handle('groups.enrol', {
      groupId,
      beneficiaryId: a,
      startDate: '2026-04-07',
    });
    expect(again).toMatchObject({
      ok: false,
      error: { details: { fields: { beneficiaryId: { key: 'groups.validation.alreadyEnrolled' } } } },
    });
  });

  it('refuses a child who has another session at the group’s time, and writes nothing', async () => {
    const centre = await openGroupCentre();
    const groupId = await poolWith(centre);
    const kid = centre.kids[4]!;
    await call(
      centre.backend,
      'schedule.book',
      booking(centre, { beneficiaryId: kid, date: '2026-03-19', startTime: '10:15' }),
    );
    const conflict = refusal(
      await centre.backend.handle('groups.enrol', { groupId, beneficiaryId: kid, startDate: '2026-03-17' }),
    );
    expect(kinds(conflict)).toEqual(['beneficiary_busy']);
    expect(conflict.clashes[0]!.date).toBe('2026-03-19');
    expect(await centre.backend.db.selectFrom('group_enrolments').select('id').execute()).toEqual([]);
    expect(Object.values(await peopleByDate(centre, groupId)).flat()).toEqual([]);
  });

  it('needs a manager’s reason for a child outside the group’s age band, recorded with the enrolment', async () => {
    const centre = await openGroupCentre();
    const groupId = await poolWith(centre);
    const older = await addChild(centre, 'Farrux', '2015-09-01', 41);
    const input = { groupId, beneficiaryId: older, startDate: '2026-03-17' };
    const asked = refusal(await centre.backend.handle('groups.enrol', input, RECEPTIONIST));
    expect(asked.needsOverride).toBe(true);
    expect(asked.clashes[0]!.clashes[0]).toMatchObject({
      kind: 'outside_age_band',
      beneficiaryId: older,
      ageMonths: 126,
      minAgeMonths: 48,
      maxAgeMonths: 84,
    });
    const reason = { reason: 'Swims with his younger brother' };
    expect(
      await centre.backend.handle('groups.enrol', { ...input, override: reason }, RECEPTIONIST),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const enrolled = await call(centre.backend, 'groups.enrol', { ...input, override: reason }, MANAGER);
    const override = await centre.backend.db
      .selectFrom('booking_overrides')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(override).toMatchObject({
      id: enrolled.overrideId,
      group_id: groupId,
      enrolment_id: enrolled.enrolmentId,
      clash_kinds: '["outside_age_band"]',
    });
  });
});

describe('roster changes', () => {
  it('reach the later sessions only; earlier ones keep who was enrolled then', async () => {
    const dataDir = testDir();
    const centre = await openGroupCentre(dataDir);
    const groupId = await poolWith(centre);
    const [a, b, c, d] = centre.kids as [number, number, number, number];
    const first = await call(centre.backend, 'groups.enrol', {
      groupId,
      beneficiaryId: a,
      startDate: '2026-03-17',
    });
    await call(centre.backend, 'groups.enrol', { groupId, beneficiaryId: b, startDate: '2026-03-17' });

    // Two weeks on, the same centre: the first child leaves after Tuesday 24 March, a new one joins on Thursday.
    const backend = await openTestBackend({ dataDir, clock: () => LATER });
    await call(backend, 'groups.leave', { enrolmentId: first.enrolmentId, lastDate: '2026-03-24' });
    await call(backend, 'groups.enrol', { groupId, beneficiaryId: c, startDate: '2026-03-26' });
    const people = await peopleByDate(centre, groupId);
    for (const date of ['2026-03-17', '2026-03-19', '2026-03-24']) expect(people[date], date).toEqual([a, b]);
    for (const date of ['2026-03-26', '2026-04-30']) expect(people[date], date).toEqual([b, c]);
    const detail = await call(backend, 'groups.get', { id: groupId });
    expect(detail.roster.map((r) => [r.beneficiaryId, r.startDate, r.endDate])).toEqual([
      [a, '2026-03-17', '2026-03-24'],
      [b, '2026-03-17', null],
      [c, '2026-03-26', null],
    ]);
    // Counted today, Wednesday 25 March: the new child starts tomorrow.
    expect(detail).toMatchObject({ enrolled: 1, free: 2, countedOn: '2026-03-25' });

    expect(
      await backend.handle('groups.enrol', { groupId, beneficiaryId: d, startDate: '2026-03-20' }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { startDate: { key: 'groups.validation.startInPast' } } } },
    });
    const [, second] = detail.roster;
    expect(
      await backend.handle('groups.leave', { enrolmentId: second!.enrolmentId, lastDate: '2026-03-20' }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { lastDate: { key: 'groups.validation.lastDateInPast' } } } },
    });
    expect(
      await backend.handle('groups.leave', { enrolmentId: first.enrolmentId, lastDate: '2026-03-26' }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { lastDate: { key: 'groups.validation.alreadyLeft' } } } },
    });
  });

  it('offer a freed place to the first suitable person waiting, then place them when enrolled', async () => {
    const centre = await openGroupCentre();
    const groupId = await poolWith(centre);
    const enrolments: number[] = [];
    for (const kid of centre.kids.slice(0, 3))
      enrolments.push(
        (await call(centre.backend, 'groups.enrol', { groupId, beneficiaryId: kid, startDate: '2026-03-17' }))
          .enrolmentId,
      );
    const older = await addChild(centre, 'Farrux', '2015-09-01', 41);
    const add = (beneficiaryId: number, priority: 'urgent' | 'high' | 'normal') =>
      call(centre.backend, 'waiting.add', {
        beneficiaryId,
        groupId,
        serviceId: centre.pool,
        priority,
        note: '',
      });
    const normal = await add(centre.kids[3]!, 'normal');
    await add(older, 'urgent');
    const high = await add(centre.kids[4]!, 'high');

    // The urgent one is too old for the group, so the place goes to the next in the queue who fits.
    const { offer } = await call(centre.backend, 'groups.leave', {
      enrolmentId: enrolments[0]!,
      lastDate: '2026-03-31',
    });
    expect(offer).toMatchObject({
      from: '2026-04-01',
      groupId,
      entry: { id: high.id, beneficiaryId: centre.kids[4], status: 'offered', position: null },
    });
    const enrolled = await call(centre.backend, 'groups.enrol', {
      groupId,
      beneficiaryId: centre.kids[4]!,
      startDate: '2026-04-02',
    });
    expect(enrolled.placedWaitingId).toBe(high.id);
    const list = await call(centre.backend, 'waiting.list', { groupId });
    expect(list.map((e) => [e.id, e.status, e.position])).toEqual([
      [list[0]!.id, 'waiting', 1],
      [normal.id, 'waiting', 2],
    ]);
    expect(list[0]!.beneficiaryId).toBe(older);
    // A full group frees nothing when someone leaves a place that was over the capacity.
    await call(centre.backend, 'groups.update', { id: groupId, capacity: 1 });
    const { offer: none } = await call(centre.backend, 'groups.leave', {
      enrolmentId: enrolments[1]!,
      lastDate: '2026-04-14',
    });
    expect(none).toBeNull();
  });
});
