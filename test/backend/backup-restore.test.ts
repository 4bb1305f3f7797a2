import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/domain/backup';
import { call, openCentre, booking } from './schedule-fixture';
import { child, create } from './people-fixture';
import { makePinfl } from '../../shared/domain/pinfl';

// Each test: a few backups and restores of a small centre; bounded by vitest's 20 s below.
describe('backups', { timeout: 20_000 }, () => {
  it('backs up now: a verified copy with its manifest, listed with date, version and contents', async () => {
    const centre = await openCentre();
    await call(centre.backend, 'schedule.book', booking(centre));
    const info = await call(centre.backend, 'backup.now', {});
    expect(info).toMatchObject({
      reason: 'manual',
      appVersion: '0.1.0',
      summary: { people: 2, sessions: 1 },
    });
    expect(info.schemaVersion).toBeGreaterThanOrEqual(6);
    expect(info.tables.staff).toBe(2);
    const folder = join(centre.backend.dataDir, 'backups');
    const manifest = JSON.parse(readFileSync(join(folder, info.name.replace(/\.sqlite$/, '.json')), 'utf8'));
    expect(manifest).toMatchObject({ createdAt: info.createdAt, summary: info.summary, tables: info.tables });
    const list = await call(centre.backend, 'backup.list', {});
    expect(list).toMatchObject({ folder, folderAvailable: true });
    expect(list.backups.map((b: BackupInfo) => b.name)).toEqual([info.name]);
    expect(existsSync(join(folder, `${info.name}.partial`))).toBe(false);
  });

  it('restores a backup: the data as it was, a safety copy of the replaced data, the backend reopened', async () => {
    const centre = await openCentre();
    const before = await call(centre.backend, 'backup.now', {});
    await create(
      centre.backend,
      child({ givenName: 'Yangi', pinfl: makePinfl('2018-01-01', 'male', 203, 55), birthDate: '2018-01-01' }),
    );
    await call(centre.backend, 'schedule.book', booking(centre));
    const outcome = await call(centre.backend, 'backup.restore', { name: before.name });
    expect(outcome.restored.name).toBe(before.name);
    expect(outcome.keptAside).toBeNull();
    expect(outcome.safetyBackup).toMatch(/pre-restore/);
    const people = await centre.backend.db.selectFrom('beneficiaries').select('id').execute();
    expect(people).toHaveLength(2);
    expect(await centre.backend.db.selectFrom('sessions').select('id').execute()).toHaveLength(0);
    // The backend works on the restored file: a new booking goes through and lands in it.
    await call(centre.backend, 'schedule.book', booking(centre));
    // And the restore can be undone from its safety copy.
    const undo = await call(centre.backend, 'backup.restore', { name: outcome.safetyBackup! });
    expect(undo.restored.summary).toEqual({ people: 3, sessions: 1, marks: 0 });
    expect(await centre.backend.db.selectFrom('beneficiaries').select('id').execute()).toHaveLength(3);
    const health = await call(centre.backend, 'backup.health', {});
    expect(health.database).toEqual({ status: 'ok' });
  });
});
