import { describe, expect, it } from 'vitest';
import { booking, call } from './schedule-fixture';
import { openGroupCentre, poolGroup } from './groups-fixture';

describe('schedule.range with a group', () => {
  it('gives only that group’s sessions, beside the other sessions of the week', async () => {
    const centre = await openGroupCentre();
    const pool = await call(centre.backend, 'groups.create', poolGroup(centre));
    const later = await call(
      centre.backend,
      'groups.create',
      poolGroup(centre, {
        name: 'Suzish, 4–6 yosh, Se/Pa 11:00',
        schedule: { ...poolGroup(centre).schedule, startTime: '11:00' },
      }),
    );
    await call(centre.backend, 'schedule.book', booking(centre, { date: '2026-03-17' }));
    const week = { from: '2026-03-16', to: '2026-03-22' };

    const all = await call(centre.backend, 'schedule.range', week);
    expect(all).toHaveLength(5);
    const onlyPool = await call(centre.backend, 'schedule.range', { ...week, groupId: pool.id });
    expect(onlyPool.map((s) => [s.date, s.startTime, s.groupId])).toEqual([
      ['2026-03-17', '10:00', pool.id],
      ['2026-03-19', '10:00', pool.id],
    ]);
    const onlyLater = await call(centre.backend, 'schedule.range', { ...week, groupId: later.id });
    expect(onlyLater.every((s) => s.groupId === later.id && s.startTime === '11:00')).toBe(true);
    expect(onlyLater).toHaveLength(2);
  });
});
