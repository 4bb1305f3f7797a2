import { describe, expect, it } from 'vitest';
import { addChild, openGroupCentre, poolGroup } from './groups-fixture';
import { booking, call } from './schedule-fixture';

describe('waiting list', () => {
  it('orders by priority, then by who was added first, and keeps places in the queue current', async () => {
    const centre = await openGroupCentre();
    const [a, b, c] = centre.kids as [number, number, number];
    const add = (beneficiaryId: number, priority: 'urgent' | 'high' | 'normal', note = '') =>
      call(centre.backend, 'waiting.add', { beneficiaryId, serviceId: centre.speech, priority, note });
    const first = await add(a, 'normal', 'Mornings only');
    const second = await add(b, 'urgent');
    const third = await add(c, 'normal');
    const order = async (includeClosed = false) =>
      (await call(centre.backend, 'waiting.list', { serviceId: centre.speech, includeClosed })).map((e) => [
        e.id,
        e.status,
        e.position,
      ]);
    expect(await order()).toEqual([
      [second.id, 'waiting', 1],
      [first.id, 'waiting', 2],
      [third.id, 'waiting', 3],
    ]);
    const [entry] = await call(centre.backend, 'waiting.list', { serviceId: centre.speech });
    expect(entry).toMatchObject({
      beneficiaryId: b,
      beneficiaryName: 'Karimov Bekzod Alisher oʻgʻli',
      groupId: null,
      groupName: null,
      priority: 'urgent',
    });

    const raised = await call(centre.backend, 'waiting.update', { id: third.id, priority: 'high' });
    expect(raised).toMatchObject({ priority: 'high', position: 2 });
    await call(centre.backend, 'waiting.update', { id: second.id, status: 'withdrawn', note: 'Moved away' });
    expect(await order()).toEqual([
      [third.id, 'waiting', 1],
      [first.id, 'waiting', 2],
    ]);
    expect(await order(true)).toEqual([
      [third.id, 'waiting', 1],
      [first.id, 'waiting', 2],
      [second.id, 'withdrawn', null],
    ]);
  });

  it('refuses a second entry on the same list and a group list for another service', async () => {
    const centre = await openGroupCentre();
    const { id: groupId } = await call(centre.backend, 'groups.create', poolGroup(centre));
    const kid = centre.kids[0]!;
    await call(centre.backend, 'waiting.add', { beneficiaryId: kid, groupId, serviceId: centre.pool });
    expect(
      await centre.backend.handle('waiting.add', { beneficiaryId: kid, groupId, serviceId: centre.pool }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { beneficiaryId: { key: 'groups.validation.alreadyWaiting' } } } },
    });
    // The service's own list is another list.
    await call(centre.backend, 'waiting.add', { beneficiaryId: kid, serviceId: centre.pool });
    expect(
      await centre.backend.handle('waiting.add', { beneficiaryId: kid, groupId, serviceId: centre.speech }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { serviceId: { key: 'groups.validation.serviceOfGroup' } } } },
    });
    const [summary] = await call(centre.backend, 'groups.list', {});
    expect(summary?.waiting).toBe(1);
  });

  it('offers a cancelled individual session’s slot to the first person waiting for the service', async () => {
    const centre = await openGroupCentre();
    const { sessionIds } = await call(centre.backend, 'schedule.book', booking(centre));
    const other = await addChild(centre, 'Gulnoza', '2019-08-20', 42);
    await call(centre.backend, 'waiting.add', { beneficiaryId: centre.child, serviceId: centre.speech });
    const waiting = await call(centre.backend, 'waiting.add', {
      beneficiaryId: other,
      serviceId: centre.speech,
      priority: 'high',
    });
    const cancelled = await call(centre.backend, 'schedule.cancel', {
      sessionId: sessionIds[0]!,
      reason: 'family',
    });
    expect(cancelled.offers).toEqual([
      expect.objectContaining({
        from: '2026-03-16',
        sessionId: sessionIds[0],
        groupId: null,
        entry: expect.objectContaining({ id: waiting.id, status: 'waiting', position: 1 }),
      }),
    ]);
    // The receptionist decides whether the slot suits them: nothing is marked yet.
    const [first] = await call(centre.backend, 'waiting.list', { serviceId: centre.speech });
    expect(first).toMatchObject({ id: waiting.id, status: 'waiting' });
  });

  it('does not offer a group session’s cancellation: the group’s places are unchanged', async () => {
    const centre = await openGroupCentre();
    const { sessionIds } = await call(centre.backend, 'groups.create', poolGroup(centre));
    await call(centre.backend, 'waiting.add', { beneficiaryId: centre.kids[0]!, serviceId: centre.pool });
    const cancelled = await call(centre.backend, 'schedule.cancel', {
      sessionId: sessionIds[0]!,
      reason: 'centre',
    });
    expect(cancelled).toEqual({ cancelled: [sessionIds[0]], offers: [] });
  });
});
