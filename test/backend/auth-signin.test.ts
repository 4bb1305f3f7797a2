import { describe, expect, it } from 'vitest';
import { createBackend, LOCAL_OPERATOR } from '../../electron/backend';
import { SCRYPT_PARAMS } from '../../electron/backend/auth/password';
import { FREE_ATTEMPTS, lockSeconds } from '../../electron/backend/auth/throttle';
import { expectOk, openTestBackend, testDir } from './backend-fixture';
import { addAccount, ADMIN, ask, openSessionBackend } from './auth-fixture';

const SLOW = 120_000;

describe('signing in', () => {
  it(
    'starts with no account, creates the administrator once and signs them in',
    { timeout: SLOW },
    async () => {
      const backend = await openTestBackend({ caller: 'session' });
      expect(expectOk(await backend.handle('auth.status', {}))).toEqual({ state: 'setup' });
      // Signed out, nothing but the sign-in channels answers.
      expect(await backend.handle('people.search', { text: '' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });

      const status = expectOk(await ask(backend, 'auth.setup', ADMIN));
      expect(status).toMatchObject({
        state: 'signedIn',
        account: { username: 'Dilnoza', roles: ['administrator'] },
      });
      expect(status.state === 'signedIn' && status.permissions).toContain('accounts.manage');
      expect(await backend.handle('auth.setup', { ...ADMIN, username: 'other' })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
    },
  );

  it(
    'stores an scrypt hash at OWASP cost with its own salt, never the password',
    { timeout: SLOW },
    async () => {
      expect(SCRYPT_PARAMS).toEqual({ N: 2 ** 17, r: 8, p: 1, keylen: 64 });
      const backend = await openSessionBackend();
      const row = await backend.db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
      expect(JSON.parse(row.password_params)).toEqual({ N: 131072, r: 8, p: 1, keylen: 64 });
      expect(Buffer.from(row.password_hash, 'base64')).toHaveLength(64);
      expect(Buffer.from(row.password_salt, 'base64')).toHaveLength(16);
      const everything = JSON.stringify(await backend.db.selectFrom('accounts').selectAll().execute());
      expect(everything).not.toContain(ADMIN.password);
    },
  );

  it(
    'signs in case-insensitively, gives the roles’ permissions and signs out',
    { timeout: SLOW },
    async () => {
      const backend = await openSessionBackend();
      await addAccount(backend, 'Qabul', ['receptionist'], 'qabulxona-parol');
      expectOk(await backend.handle('auth.signOut', {}));
      expect(expectOk(await backend.handle('auth.status', {}))).toEqual({ state: 'signedOut' });

      const status = expectOk(
        await backend.handle('auth.signIn', { username: 'qabul', password: 'qabulxona-parol' }),
      );
      expect(status).toMatchObject({
        state: 'signedIn',
        mustChangePassword: true,
        account: { username: 'Qabul' },
      });
      expect(
        await backend.handle('schedule.range', { from: '2026-11-23', to: '2026-11-23' }),
      ).not.toMatchObject({
        error: { code: 'FORBIDDEN' },
      });
      expect(await backend.handle('accounts.list', {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    },
  );

  it(
    'refuses a wrong password, then locks the name out, and a restart does not reset it',
    { timeout: SLOW },
    async () => {
      const dataDir = testDir();
      let now = new Date('2026-11-22T09:00:00Z');
      const first = await createBackend({ dataDir, caller: 'session', clock: () => now });
      try {
        expectOk(await first.handle('auth.setup', ADMIN));
        expectOk(await first.handle('auth.signOut', {}));
        for (let attempt = 1; attempt < FREE_ATTEMPTS; attempt++) {
          const wrong = await first.handle('auth.signIn', {
            username: ADMIN.username,
            password: `wrong-${attempt}`,
          });
          expect(wrong).toMatchObject({
            ok: false,
            error: {
              code: 'VALIDATION',
              details: { fields: { password: { key: 'auth.validation.wrongPassword' } } },
            },
          });
        }
        const last = await first.handle('auth.signIn', { username: ADMIN.username, password: 'wrong-again' });
        expect(last).toMatchObject({
          ok: false,
          error: {
            details: { fields: { password: { key: 'auth.validation.throttled' } }, retryAfterSeconds: 30 },
          },
        });
      } finally {
        await first.close();
      }

      const second = await createBackend({ dataDir, caller: 'session', clock: () => now });
      try {
        // Even the right password waits out the lock, across the restart.
        const rightPassword = { username: ADMIN.username, password: ADMIN.password };
        const locked = await second.handle('auth.signIn', rightPassword);
        expect(locked).toMatchObject({
          ok: false,
          error: { details: { fields: { password: { key: 'auth.validation.throttled' } } } },
        });
        const logged = await second.db
          .selectFrom('audit_calls')
          .select(['action', 'user_name'])
          .where('action', '=', 'auth.signInFailed')
          .execute();
        expect(logged).toHaveLength(FREE_ATTEMPTS);
        now = new Date(now.getTime() + 31_000);
        expect(expectOk(await second.handle('auth.signIn', rightPassword))).toMatchObject({
          state: 'signedIn',
        });
        expect(await second.db.selectFrom('sign_in_throttle').selectAll().execute()).toEqual([]);
      } finally {
        await second.close();
      }
    },
  );

  it('doubles the lockout after each further wrong password, up to a quarter of an hour', () => {
    expect([1, 4, 5, 6, 7, 20].map(lockSeconds)).toEqual([0, 0, 30, 60, 120, 900]);
  });

  it('locks the session and unlocks it only with the password', { timeout: SLOW }, async () => {
    const backend = await openSessionBackend();
    expect(expectOk(await backend.handle('auth.lock', {}))).toMatchObject({
      state: 'locked',
      account: { username: 'Dilnoza' },
    });
    expect(await backend.handle('settings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await backend.handle('auth.unlock', { password: 'not-it-at-all' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { password: { key: 'auth.validation.wrongPassword' } } },
      },
    });
    expect(expectOk(await backend.handle('auth.unlock', { password: ADMIN.password }))).toMatchObject({
      state: 'signedIn',
    });
    expect(await backend.handle('settings.get', {})).toMatchObject({ ok: true });
  });

  it('changes one’s own password after checking the current one', { timeout: SLOW }, async () => {
    const backend = await openSessionBackend();
    expect(
      await backend.handle('auth.changePassword', { current: 'wrong-password', next: 'yangi-parol-2026' }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { current: { key: 'auth.validation.wrongPassword' } } } },
    });
    expect(
      await backend.handle('auth.changePassword', { current: ADMIN.password, next: 'short' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { next: { key: 'auth.validation.passwordShort' } } } },
    });
    expectOk(
      await backend.handle('auth.changePassword', { current: ADMIN.password, next: 'yangi-parol-2026' }),
    );
    expectOk(await backend.handle('auth.signOut', {}));
    expect(
      await backend.handle('auth.signIn', { username: ADMIN.username, password: ADMIN.password }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { password: { key: 'auth.validation.wrongPassword' } } } },
    });
    expectOk(await backend.handle('auth.signIn', { username: ADMIN.username, password: 'yangi-parol-2026' }));
  });
});

describe('managing accounts', () => {
  it('keeps names unique whatever their case and one administrator at least', { timeout: SLOW }, async () => {
    const backend = await openSessionBackend();
    const admin = expectOk(await ask(backend, 'auth.status', {}));
    const adminId = admin.state === 'signedIn' ? admin.account!.id : '';
    expect(
      await backend.handle('accounts.create', {
        username: 'DILNOZA',
        displayName: 'X',
        password: 'parol-uzunroq',
        roles: ['manager'],
        staffId: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { username: { key: 'auth.validation.usernameTaken' } } } },
    });
    expect(
      await backend.handle('accounts.update', {
        id: adminId,
        displayName: 'D',
        roles: ['manager'],
        staffId: null,
        active: true,
      }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { roles: { key: 'auth.validation.lastAdministrator' } } } },
    });
    expect(
      await backend.handle('accounts.update', {
        id: adminId,
        displayName: 'D',
        roles: ['administrator'],
        staffId: null,
        active: false,
      }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { active: { key: 'auth.validation.notYourself' } } } },
    });
  });

  it('takes effect at once: new roles, a disabled account, a reset password', { timeout: SLOW }, async () => {
    const backend = await openSessionBackend();
    const id = await addAccount(backend, 'Aziz', ['receptionist'], 'aziz-parol-123');
    expectOk(await backend.handle('auth.signOut', {}));
    expectOk(await backend.handle('auth.signIn', { username: 'aziz', password: 'aziz-parol-123' }));
    expect(await backend.handle('audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expectOk(
      await backend.handle(
        'accounts.update',
        { id, displayName: 'Aziz', roles: ['manager'], staffId: null, active: true },
        LOCAL_OPERATOR,
      ),
    );
    expect(await backend.handle('audit.list', {})).toMatchObject({ ok: true });
    expectOk(
      await backend.handle(
        'accounts.update',
        { id, displayName: 'Aziz', roles: ['manager'], staffId: null, active: false },
        LOCAL_OPERATOR,
      ),
    );
    expect(await backend.handle('audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(expectOk(await backend.handle('auth.status', {}))).toEqual({ state: 'signedOut' });
    const reset = expectOk(
      await backend.handle('accounts.resetPassword', { id, password: 'boshqa-parol-9' }, LOCAL_OPERATOR),
    );
    expect(reset).toMatchObject({ mustChangePassword: true, active: false });
  });
});
