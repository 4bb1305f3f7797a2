import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { readDatabaseInfo } from '../../electron/backend/cli/info';
import { AlreadySeededError, DEMO_SETTINGS, seedDemo } from '../../electron/backend/demo/seed';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { expectOk, openTestBackend, testDir } from './backend-fixture';

const root = join(__dirname, '../..');
function cli(...args: string[]) {
  return spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      'tsconfig.node.json',
      'electron/backend/cli/index.ts',
      ...args,
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
}

describe('demo centre', () => {
  it('fills a new centre through the contract and refuses to fill one twice', async () => {
    const backend = await openTestBackend();
    await seedDemo(backend);
    expect(expectOk(await backend.handle('settings.get', {}))).toEqual(DEMO_SETTINGS);
    await expect(seedDemo(backend)).rejects.toBeInstanceOf(AlreadySeededError);
    // The whole demo centre goes through the contract: a few seconds on a busy machine.
  }, 60_000);
});

describe('database info', () => {
  it('reports the schema version and row counts without changing the file', async () => {
    const dataDir = testDir();
    expect(await readDatabaseInfo(dataDir)).toBeNull();
    const backend = await createBackend({ dataDir });
    await seedDemo(backend);
    await backend.close();
    const info = await readDatabaseInfo(dataDir);
    expect(info).toMatchObject({
      schemaVersion: MIGRATIONS.length,
      latestSchemaVersion: MIGRATIONS.length,
      tables: { centre_settings: 1 },
    });
  }, 60_000);
});

describe('command line', () => {
  it('seeds a demo centre and prints its info', () => {
    const dataDir = testDir();
    const seeded = cli('seed-demo', '--data-dir', dataDir);
    expect(seeded.stderr).toBe('');
    expect(seeded.status).toBe(0);
    expect(seeded.stdout).toContain('Imkoniyatlar olami');
    const again = cli('seed-demo', '--data-dir', dataDir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already holds a centre');
    const info = cli('info', '--data-dir', dataDir);
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/Schema version: \d+ \(this app: \d+\)/);
    expect(info.stdout).toMatch(/centre_settings\s+1/);
    // Three processes, one of them writing the whole demo centre through the contract: seconds, not milliseconds.
  }, 120_000);

  it('explains itself with --help and refuses a command without its data folder', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('seed-demo --data-dir DIR');
    const missing = cli('info');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('info needs --data-dir DIR');
  });
});
