import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE } from '../../electron/backend';
import { openDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { openTestBackend, testDir } from './backend-fixture';
import { call, openCentre } from './schedule-fixture';

// Small centres and a handful of backups each: bounded at 60 s per test (about 5 s on an idle machine).
describe('backup settings, schedule and retention', { timeout: 60_000 }, () => {
  it('points backups at another folder (another disk, a USB drive), kept in a JSON file beside the database', async () => {
    const centre = await openCentre();
    const usb = testDir();
    const saved = await call(centre.backend, 'backup.updateSettings', { folder: usb, intervalHours: 24 });
    expect(saved).toEqual({ folder: usb, intervalHours: 24 });
    const info = await call(centre.backend, 'backup.now', {});
    expect(readFileSync(join(usb, info.name)).subarray(0, 15).toString()).toBe('SQLite format 3');
    const status = await call(centre.backend, 'backup.status', {});
    expect(status).toMatchObject({ folder: usb, folderAvailable: true, lastBackup: { name: info.name } });
    // The choice lives outside the database: readable even when the database cannot be opened.
    const onDisk = JSON.parse(readFileSync(join(centre.backend.dataDir, 'backup-settings.json'), 'utf8'));
    expect(onDisk).toEqual({ folder: usb, intervalHours: 24 });
    await centre.backend.close();
    writeFileSync(join(centre.backend.dataDir, DATABASE_FILE), 'not a database any more');
    const damaged = await createBackend({ dataDir: centre.backend.dataDir });
    const health = await call(damaged, 'backup.health', {});
    expect(health).toMatchObject({ database: { status: 'damaged' }, newestBackup: { name: info.name } });
    await damaged.close();
  });

  it('refuses a relative folder and one it cannot write to, with field messages, changing nothing', async () => {
    const backend = await openTestBackend();
    const relative = await backend.handle('backup.updateSettings', { folder: 'backups', intervalHours: 4 });
    expect(relative).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { folder: { key: 'backup.validation.folderAbsolute' } } },
      },
    });
    const blocked = join(testDir(), 'file');
    writeFileSync(blocked, '');
    const unwritable = await backend.handle('backup.updateSettings', {
      folder: join(blocked, 'inside'),
      intervalHours: 4,
    });
    expect(unwritable).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { folder: { key: 'backup.validation.folderNotWritable' } } },
      },
    });
    const odd = await backend.handle('backup.updateSettings', { folder: null, intervalHours: 5 });
    expect(odd).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await call(backend, 'backup.status', {})).settings).toEqual({ folder: null, intervalHours: 4 });
  });

  it('takes the automatic backup when the last is older than the interval, and not for an empty database', async () => {
    let now = new Date('2026-11-22T05:00:00Z');
    const empty = await openTestBackend({ clock: () => now });
    expect(await empty.host.scheduledBackupIfDue()).toBeNull();

    const dataDir = testDir();
    const built = await openCentre(dataDir);
    await built.backend.close();
    const backend = await openTestBackend({ dataDir, clock: () => now });
    const first = await backend.host.scheduledBackupIfDue();
    expect(first).toMatchObject({ reason: 'scheduled', createdAt: now.toISOString() });
    now = new Date('2026-11-22T08:59:00Z');
    expect(await backend.host.scheduledBackupIfDue()).toBeNull();
    expect((await call(backend, 'backup.status', {})).nextDueAt).toBe('2026-11-22T09:00:00.000Z');
    now = new Date('2026-11-22T09:00:00Z');
    expect(await backend.host.scheduledBackupIfDue()).toMatchObject({ reason: 'scheduled' });
  });

  it('keeps every backup of today and the newest of an earlier day', async () => {
    const dataDir = testDir();
    const built = await openCentre(dataDir);
    await built.backend.close();
    let now = new Date('2026-11-20T04:00:00Z');
    const backend = await openTestBackend({ dataDir, clock: () => now });
    const yesterday = [];
    for (const hour of ['04', '08', '12']) {
      now = new Date(`2026-11-20T${hour}:00:00Z`);
      yesterday.push((await call(backend, 'backup.now', {})).name);
    }
    now = new Date('2026-11-21T04:00:00Z');
    const today = [(await call(backend, 'backup.now', {})).name];
    now = new Date('2026-11-21T06:00:00Z');
    today.push((await call(backend, 'backup.now', {})).name);
    const names = (await call(backend, 'backup.list', {})).backups.map((b) => b.name);
    expect(names).toEqual([today[1], today[0], yesterday[2]]);
  });

  it('backs up before migrating a database that holds data, and shows that backup’s older schema', async () => {
    const dataDir = testDir();
    const file = join(dataDir, DATABASE_FILE);
    const { db } = openDatabase(file);
    await migrate(db, file, MIGRATIONS.slice(0, 5));
    await db.destroy();
    const backend = await openTestBackend({ dataDir });
    const list = await call(backend, 'backup.list', {});
    expect(list.backups).toHaveLength(1);
    expect(list.backups[0]).toMatchObject({ reason: 'pre-migration', schemaVersion: 5 });
    expect(list.backups[0]!.migrations).toEqual(MIGRATIONS.slice(0, 5).map(([name]) => name));
    // A fresh installation has nothing to keep: no backup before its first migrations.
    const fresh = await openTestBackend();
    expect((await call(fresh, 'backup.list', {})).backups).toEqual([]);
  });
});
