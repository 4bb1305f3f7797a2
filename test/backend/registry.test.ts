import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { AppError } from '../../electron/backend/errors';
import { Registry } from '../../electron/backend/registry';
import { readSettings, writeSettings } from '../../electron/backend/settings/repository';
import { PERMISSIONS, type Caller } from '../../shared/contract';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { testDir } from './backend-fixture';

const everyone: Caller = { userId: null, permissions: new Set(PERMISSIONS) };
const settingsInput = { ...DEFAULT_SETTINGS, name: 'Markaz', workingDays: [1, 2, 3] };
let opened: OpenedDatabase | undefined;

afterEach(async () => {
  await opened?.db.destroy();
  opened = undefined;
});

async function registryOnRealDatabase(logged: unknown[] = []): Promise<Registry> {
  const file = join(testDir(), 'registry.sqlite');
  opened = openDatabase(file);
  await migrate(opened.db, file);
  return new Registry({ db: opened.db, clock: () => new Date(), log: (_m, e) => logged.push(e) });
}

describe('registry', () => {
  it('refuses to register a channel twice or one that is not in the contract', async () => {
    const registry = await registryOnRealDatabase();
    const handler = { write: false, run: async () => DEFAULT_SETTINGS };
    registry.register('settings.get', handler);
    expect(() => registry.register('settings.get', handler)).toThrow(/registered twice/);
    expect(() => registry.register('settings.nope' as 'settings.get', handler)).toThrow(
      /not in the contract/,
    );
    expect(registry.missing()).toContain('system.health');
    expect(registry.missing()).toContain('settings.update');
    expect(registry.missing()).not.toContain('settings.get');
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL, including prototype names', async () => {
    const registry = await registryOnRealDatabase();
    for (const name of ['people.delete', '__proto__', 'constructor', 42, null]) {
      const result = await registry.handle(name, {}, everyone);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('refuses a caller without the channel permission before running the handler', async () => {
    const registry = await registryOnRealDatabase();
    let ran = false;
    registry.register('settings.get', {
      write: false,
      run: async () => {
        ran = true;
        return DEFAULT_SETTINGS;
      },
    });
    const reader: Caller = { userId: 'u1', permissions: new Set(['system.read']) };
    const result = await registry.handle('settings.get', {}, reader);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(ran).toBe(false);
  });

  it('rolls back a write that fails half-way and reports INTERNAL without internals', async () => {
    const logged: unknown[] = [];
    const registry = await registryOnRealDatabase(logged);
    registry.register('settings.update', {
      write: true,
      run: async (input, { db, now }) => {
        await writeSettings(db, input, now);
        throw new Error('disk on fire at /secret/path');
      },
    });
    const result = await registry.handle('settings.update', settingsInput, everyone);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Unexpected failure in settings.update' },
    });
    expect(logged).toHaveLength(1);
    expect(await readSettings(opened!.db)).toEqual(DEFAULT_SETTINGS);
  });

  it('passes an expected failure through with its code and details, and rolls back', async () => {
    const registry = await registryOnRealDatabase();
    registry.register('settings.update', {
      write: true,
      run: async (input, { db, now }) => {
        await writeSettings(db, input, now);
        throw new AppError('CONFLICT', 'clash', { with: ['s1'] });
      },
    });
    const result = await registry.handle('settings.update', settingsInput, everyone);
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'clash', details: { with: ['s1'] } },
    });
    expect(await readSettings(opened!.db)).toEqual(DEFAULT_SETTINGS);
  });

  it('commits a write that succeeds', async () => {
    const registry = await registryOnRealDatabase();
    registry.register('settings.update', {
      write: true,
      run: async (input, { db, now }) => {
        await writeSettings(db, input, now);
        return readSettings(db);
      },
    });
    const result = await registry.handle('settings.update', settingsInput, everyone);
    expect(result).toMatchObject({ ok: true, value: { name: 'Markaz', workingDays: [1, 2, 3] } });
    expect((await readSettings(opened!.db)).name).toBe('Markaz');
  });
});
