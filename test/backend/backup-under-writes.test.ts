import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend';
import type { BackupInfo } from '../../shared/domain/backup';
import { seriesInput, SERIES_COUNT, type CrashPlan } from '../support/crash-plan';
import { testDir } from './backend-fixture';
import { booking, call, openCentre } from './schedule-fixture';

// About 150 series booked by two connections while three backups run: bounded at 120 s (15 s on an idle machine).
describe('a backup taken while writes go on', { timeout: 120_000 }, () => {
  it('restores to a consistent database holding every write confirmed before the backup began', async () => {
    const dataDir = testDir();
    const centre = await openCentre(dataDir);
    const plan: CrashPlan = {
      now: '2026-05-29T06:00:00Z',
      serviceId: centre.speech,
      lanes: [
        { beneficiaryId: centre.child, specialistId: centre.specialist, roomId: centre.room },
        { beneficiaryId: centre.sister, specialistId: centre.colleague, roomId: centre.hall },
      ],
      marks: [],
    };
    // A second connection on the same file, as another window or tool would be: its commits restart the copy.
    const other = await createBackend({ dataDir, clock: () => new Date(plan.now) });

    /** Series ids in the order the backend confirmed them, each with the moment it was confirmed. */
    const confirmed: Array<{ id: number; at: number }> = [];
    let next = 0;
    let stop = false;
    const writer = async (backend: Backend) => {
      while (!stop) {
        // Calls arrive one by one from outside, as over IPC; without this turn of the event loop the sync
        // driver's promises would never let the timers below (or the backup's steps) run.
        await new Promise((resolve) => setImmediate(resolve));
        const result = await backend.handle('schedule.book', seriesInput(plan, next++));
        if (result.ok)
          confirmed.push({ id: (result.value as { seriesId: number }).seriesId, at: performance.now() });
      }
    };
    const writers = [writer(centre.backend), writer(other)];

    const backups: Array<{ info: BackupInfo; startedAt: number; endedAt: number }> = [];
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      const startedAt = performance.now();
      const info = await call(centre.backend, 'backup.now', {});
      backups.push({ info, startedAt, endedAt: performance.now() });
    }
    stop = true;
    await Promise.all(writers);
    await other.close();
    // A write after the backups, which the restore must take away again.
    await call(centre.backend, 'schedule.book', booking(centre, { date: '2026-03-18' }));

    const middle = backups[1]!;
    const before = confirmed.filter((c) => c.at < middle.startedAt).map((c) => c.id);
    const after = confirmed.filter((c) => c.at > middle.endedAt).map((c) => c.id);
    expect(before.length).toBeGreaterThan(5);
    expect(after.length).toBeGreaterThan(0);

    await call(centre.backend, 'backup.restore', { name: middle.info.name });
    const raw = centre.backend.raw;
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const series = (raw.prepare('select id from series').all() as Array<{ id: number }>).map((r) => r.id);
    // Every write confirmed before the backup began is in it; none confirmed after it ended.
    expect(series).toEqual(expect.arrayContaining(before));
    expect(series.filter((id) => after.includes(id))).toEqual([]);
    // Consistent: no series without all its sessions, and the manifest counted what is there.
    const halfWritten = raw
      .prepare(
        'select s.id from series s left join sessions x on x.series_id = s.id group by s.id having count(x.id) <> ?',
      )
      .all(SERIES_COUNT);
    expect(halfWritten).toEqual([]);
    const sessions = (raw.prepare('select count(*) as n from sessions').get() as { n: number }).n;
    expect(middle.info.summary.sessions).toBe(sessions);
    expect(middle.info.tables.series).toBe(series.length);
    expect(sessions).toBe(series.length * SERIES_COUNT);
  });
});
