import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import packageJson from '../../package.json';
import { createBackend, type Backend } from '../../electron/backend';
import { expectOk, openTestBackend, testDir } from './backend-fixture';

describe('system.health', () => {
  it('reports the app version, the schema version and the backend clock', async () => {
    const now = new Date('2026-03-21T05:00:00.000Z');
    const backend = await openTestBackend({ clock: () => now });
    expect(expectOk(await backend.handle('system.health', {}))).toEqual({
      status: 'ok',
      appVersion: packageJson.version,
      schemaVersion: MIGRATIONS.length,
      latestSchemaVersion: MIGRATIONS.length,
      dataDir: backend.dataDir,
      now: now.toISOString(),
    });
  });

  it('opens the database with the pragmas that keep confirmed writes safe', async () => {
    const backend = await openTestBackend();
    expect(backend.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(backend.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(backend.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(backend.raw.pragma('busy_timeout', { simple: true })).toBe(5000);
  });
});

describe('start of the backend', () => {
  it('fills in the public holidays of this year and the next once, on every start', async () => {
    const now = new Date('2026-11-21T12:00:00.000Z');
    const dataDir = testDir();
    const first = await createBackend({ dataDir, clock: () => now });
    const years = async (backend: Backend) =>
      (
        await backend.db.selectFrom('closures').select('start_date').where('kind', '=', 'holiday').execute()
      ).map((row) => row.start_date.slice(0, 4));
    const filled = await years(first);
    expect(new Set(filled)).toEqual(new Set(['2026', '2027']));
    expect(filled).toContain('2027');
    await first.close();

    const second = await createBackend({ dataDir, clock: () => now });
    expect((await years(second)).length).toBe(filled.length);
    await second.close();
  });
});
