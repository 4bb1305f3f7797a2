import { describe, expect, it } from 'vitest';
import { openExportCentre } from './export-fixture';
import { call } from './schedule-fixture';

// One small centre and a dozen calls: bounded at 30 s (under a second on an idle machine).
describe('archived people in rosters and waiting lists', { timeout: 30_000 }, () => {
  it('leaves an archived person out of the group roster, its counts and the waiting lists; a restore brings them back', async () => {
    const centre = await openExportCentre();
    const { backend } = centre;
    const group = await call(backend, 'groups.get', { id: centre.groupId });
    // What a discharge years ago may leave behind (an import, a manual edit): an open enrolment and two queue
    // places, one for the group and one for the service's individual places.
    const stamp = '2019-09-01T05:00:00.000Z';
    backend.raw
      .prepare(
        `insert into group_enrolments (group_id, beneficiary_id, start_date, end_date, created_at, updated_at)
         values (?, ?, '2019-09-01', null, ?, ?)`,
      )
      .run(centre.groupId, centre.longGone, stamp, stamp);
    const queue = backend.raw.prepare(
      `insert into waiting_list (beneficiary_id, group_id, service_id, priority, status, note, added_at, updated_at)
       values (?, ?, ?, 'urgent', 'waiting', '', ?, ?)`,
    );
    queue.run(centre.longGone, centre.groupId, group.serviceId, stamp, stamp);
    queue.run(centre.longGone, null, group.serviceId, stamp, stamp);
    await call(backend, 'waiting.add', {
      beneficiaryId: centre.child,
      groupId: centre.groupId,
      serviceId: group.serviceId,
      priority: 'normal',
      note: '',
    });

    const seen = async () => {
      const detail = await call(backend, 'groups.get', { id: centre.groupId });
      const [summary] = (await call(backend, 'groups.list', {})).filter((g) => g.id === centre.groupId);
      const service = await call(backend, 'waiting.list', { serviceId: group.serviceId });
      return {
        roster: detail.roster.map((entry) => entry.beneficiaryId),
        enrolled: detail.enrolled,
        waitingCount: summary?.waiting,
        groupQueue: detail.waitingList.map((entry) => [entry.beneficiaryId, entry.position]),
        serviceQueue: service.map((entry) => entry.beneficiaryId),
      };
    };
    const before = await seen();
    expect(before.roster).toContain(centre.longGone);
    expect(before.enrolled).toBe(group.enrolled + 1);
    expect(before.waitingCount).toBe(2);
    // Urgent and waiting since 2019: first in the queue.
    expect(before.groupQueue).toEqual([
      [centre.longGone, 1],
      [centre.child, 2],
    ]);
    expect(before.serviceQueue.filter((id) => id === centre.longGone)).toHaveLength(2);

    await call(backend, 'archive.archive', { ids: [centre.longGone] });
    const after = await seen();
    expect(after.roster).not.toContain(centre.longGone);
    expect(after.roster).toEqual(group.roster.map((entry) => entry.beneficiaryId));
    expect(after.enrolled).toBe(group.enrolled);
    expect(after.waitingCount).toBe(1);
    // The queue closes up: the next person is first, and a freed place is never offered to the archived one.
    expect(after.groupQueue).toEqual([[centre.child, 1]]);
    expect(after.serviceQueue).not.toContain(centre.longGone);
    // The booking's and the groups' person pickers search people: the archived person is not found there.
    const picked = await call(backend, 'people.search', { query: 'Oybek' });
    expect(picked.items).toEqual([]);

    // Nor can they be put on a waiting list while archived.
    const queued = await backend.handle('waiting.add', {
      beneficiaryId: centre.longGone,
      groupId: null,
      serviceId: group.serviceId,
      priority: 'normal',
      note: '',
    });
    expect(queued.ok || queued.error.code).toBe('NOT_FOUND');

    // Nothing was deleted: the archive's restore brings every place back.
    await call(backend, 'archive.restore', { id: centre.longGone });
    expect(await seen()).toEqual(before);
  });
});
