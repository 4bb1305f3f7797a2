import { describe, expect, it } from 'vitest';
import {
  CHANNEL_NAMES,
  contract,
  PERMISSIONS,
  PUBLIC,
  SIGNED_IN,
  type Access,
  type Caller,
  type ChannelName,
} from '../../shared/contract';
import { permissionsOf } from '../../shared/domain/roles';
import { openTestBackend } from './backend-fixture';

const MARKERS: readonly string[] = [PUBLIC, SIGNED_IN];
const accessOf = (name: ChannelName): Access => contract[name].permission;

/** Every permission but the one the channel needs; for a SIGNED_IN channel, every permission and no account. */
function callerLacking(access: Access): Caller {
  if (access === SIGNED_IN) return { userId: null, permissions: new Set(PERMISSIONS) };
  return { userId: 'someone', permissions: new Set(PERMISSIONS.filter((p) => p !== access)) };
}

describe('permissions, generated from the contract', () => {
  it('has every channel declare a known permission or a marker said out loud', () => {
    for (const name of CHANNEL_NAMES) {
      const access: unknown = (contract[name] as { permission?: unknown }).permission;
      expect(
        (PERMISSIONS as readonly unknown[]).includes(access) || MARKERS.includes(access as string),
        `${name} declares ${String(access)}`,
      ).toBe(true);
    }
  });

  it('keeps the public channels to the sign-in screen’s own', () => {
    const open = CHANNEL_NAMES.filter((name) => accessOf(name) === PUBLIC).sort();
    expect(open).toEqual([
      'auth.setup',
      'auth.signIn',
      'auth.signOut',
      'auth.status',
      'auth.unlock',
      // A damaged database holds no accounts: its screen comes before the sign-in, and its restore is refused
      // whenever the database is healthy (test/backend/damaged-files.test.ts).
      'backup.health',
      'backup.restoreDamaged',
    ]);
  });

  // One case per channel, so a channel added tomorrow is covered without anyone writing a test for it.
  it.each(CHANNEL_NAMES.filter((name) => accessOf(name) !== PUBLIC))(
    '%s refuses a caller without its permission before validating or writing anything',
    async (name) => {
      const backend = await openTestBackend();
      const calls = () => backend.db.selectFrom('audit_calls').select('id').execute();
      const before = await calls();
      const caller = callerLacking(accessOf(name));
      // Input that could never validate: a FORBIDDEN answer proves the permission was checked first.
      for (const input of [{}, { surely: 'not valid' }, null]) {
        const result = await backend.handle(name, input, caller);
        expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await calls()).toEqual(before);
    },
  );

  it('never lets reception at progress notes, whichever notes channel it tries', async () => {
    const backend = await openTestBackend();
    const reception: Caller = {
      userId: 'r',
      roles: ['receptionist'],
      permissions: permissionsOf(['receptionist']),
    };
    const notes = CHANNEL_NAMES.filter((name) => name.startsWith('notes.'));
    expect(notes.length).toBeGreaterThan(0);
    for (const name of notes) {
      expect(['notes.read', 'notes.write']).toContain(accessOf(name));
      const result = await backend.handle(name, {}, reception);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});
