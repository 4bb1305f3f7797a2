import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { catalogues } from '../../shared/i18n';
import { seriesInput, type CrashPlan } from '../support/crash-plan';
import { testDir } from './backend-fixture';
import { call, openCentre } from './schedule-fixture';

// Up to 300 bookings against a database that may not grow: bounded at 60 s (a few seconds on an idle machine).
describe('a full disk', { timeout: 60_000 }, () => {
  it('fails the write with STORAGE_FULL, rolls it back, and the app opens afterwards', async () => {
    const dataDir = testDir();
    const centre = await openCentre(dataDir);
    const plan: CrashPlan = {
      now: '2026-05-29T06:00:00Z',
      serviceId: centre.speech,
      lanes: [{ beneficiaryId: centre.child, specialistId: centre.specialist, roomId: centre.room }],
      marks: [],
    };
    const raw = centre.backend.raw;
    // The database may not grow by more than a few pages: SQLite answers SQLITE_FULL as on a full disk.
    const pages = raw.pragma('page_count', { simple: true }) as number;
    raw.pragma(`max_page_count = ${pages + 3}`);
    const count = () =>
      raw
        .prepare(
          'select (select count(*) from series) as series, (select count(*) from sessions) as sessions',
        )
        .get();

    let refused: unknown = null;
    let booked = 0;
    for (let i = 0; i < 300 && !refused; i++) {
      const before = count();
      const result = await centre.backend.handle('schedule.book', seriesInput(plan, i));
      if (result.ok) booked++;
      else if (result.error.code === 'STORAGE_FULL') {
        refused = result.error;
        // Rolled back: not one of the series' sessions stayed.
        expect(count()).toEqual(before);
      } else expect(result.error.code).toBe('CONFLICT');
    }
    expect(refused).toMatchObject({ code: 'STORAGE_FULL' });
    expect(booked).toBeGreaterThan(0);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    // What the person reads, in their language.
    expect(catalogues['uz-Latn'].errors.STORAGE_FULL).toMatch(/joy qolmadi/);
    expect(catalogues.ru.errors.STORAGE_FULL).toMatch(/закончилось место/);
    const kept = count();
    await centre.backend.close();

    // Space again (a new connection has no limit): the app opens on the same data and writes.
    const reopened = await createBackend({ dataDir, clock: () => new Date(plan.now) });
    expect((await call(reopened, 'backup.health', {})).database).toEqual({ status: 'ok' });
    expect(
      reopened.raw
        .prepare(
          'select (select count(*) from series) as series, (select count(*) from sessions) as sessions',
        )
        .get(),
    ).toEqual(kept);
    await call(reopened, 'schedule.book', seriesInput(plan, 400));
    await reopened.close();
  });
});
