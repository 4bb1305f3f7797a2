import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../../electron/backend';
import { auditedTables, installAuditTriggers, triggerName } from '../../electron/backend/audit/triggers';
import { expectOk } from './backend-fixture';
import { addAccount, ADMIN, ask, EVERY_ROLE, openSessionBackend } from './auth-fixture';
import { makePinfl } from '../../shared/domain/pinfl';
import { child, NOW } from './people-fixture';

const SLOW = 120_000;

async function auditTriggers(db: Parameters<typeof auditedTables>[0]) {
  const { rows } = await sql<{ name: string; tbl_name: string }>`
    select name, tbl_name from sqlite_master where type = 'trigger' and name like 'audit\\_%' escape '\\'`.execute(
    db,
  );
  return rows;
}

describe('audit log', () => {
  it(
    'audits every table, those of every migration, with insert, update and delete triggers',
    { timeout: SLOW },
    async () => {
      const backend = await openSessionBackend(() => NOW, EVERY_ROLE);
      const { rows } = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'`.execute(
        backend.db,
      );
      const triggers = await auditTriggers(backend.db);
      const audited = new Set(await auditedTables(backend.db));
      const deliberatelyNot = [
        'audit_calls',
        'audit_changes',
        'audit_context',
        'imkon_migration',
        'imkon_migration_lock',
        'sign_in_throttle',
      ];
      for (const { name } of rows) {
        if (deliberatelyNot.includes(name)) continue;
        expect(audited.has(name), `${name} is audited`).toBe(true);
        for (const op of ['ins', 'upd', 'del']) {
          expect(
            triggers.some((t) => t.tbl_name === name && t.name.startsWith(`audit_${name}_${op}_`)),
            `${name} ${op}`,
          ).toBe(true);
        }
      }
      expect(rows.length).toBeGreaterThan(30);
    },
  );

  it('makes a table’s triggers anew when its columns change, and only then', { timeout: SLOW }, async () => {
    const backend = await openSessionBackend(() => NOW, EVERY_ROLE);
    expect((await installAuditTriggers(backend.db)).created).toBe(0);
    await sql`alter table rooms add column colour text`.execute(backend.db);
    expect((await installAuditTriggers(backend.db)).created).toBe(3);
    const rooms = (await auditTriggers(backend.db)).filter((t) => t.tbl_name === 'rooms');
    expect(rooms).toHaveLength(3);
    expect(triggerName('rooms', [{ name: 'id', type: 'INTEGER', pk: 1 }], 'ins')).toMatch(
      /^audit_rooms_ins_[0-9a-f]{10}$/,
    );
  });

  it(
    'records who changed what, before and after, and every opening of a file',
    { timeout: SLOW },
    async () => {
      const backend = await openSessionBackend(() => NOW, EVERY_ROLE);
      const created = expectOk(await ask(backend, 'people.create', child()));
      const person = expectOk(await ask(backend, 'people.get', { id: created.id }));
      expectOk(
        await ask(backend, 'people.update', {
          ...child(),
          id: person.id,
          mahalla: 'Yangi hayot',
        }),
      );

      const log = expectOk(await ask(backend, 'audit.list', {}, LOCAL_OPERATOR));
      const [update, view, create] = log.entries.filter((e) => e.kind !== 'access');
      expect(create).toMatchObject({
        kind: 'change',
        action: 'people.create',
        userName: ADMIN.displayName,
        beneficiaryId: created.id,
      });
      expect(
        create!.changes.some(
          (c) => c.table === 'beneficiaries' && c.operation === 'insert' && c.before === null,
        ),
      ).toBe(true);
      expect(view).toMatchObject({
        kind: 'view',
        action: 'people.get',
        beneficiaryId: created.id,
        beneficiaryName: 'Karimov Shahzod',
        changes: [],
      });
      const row = update!.changes.find((c) => c.table === 'beneficiaries');
      expect(row).toMatchObject({
        operation: 'update',
        key: { id: created.id },
        before: { mahalla: 'Bogʻishamol' },
        after: { mahalla: 'Yangi hayot' },
      });
      expect(log.entries[log.entries.length - 1]).toMatchObject({ kind: 'change', action: 'auth.setup' });
    },
  );

  it('keeps password hashes out of the log and logs signing in and out', { timeout: SLOW }, async () => {
    const backend = await openSessionBackend(() => NOW, EVERY_ROLE);
    await addAccount(backend, 'Malika', ['specialist'], 'malika-parol-1');
    expectOk(await ask(backend, 'auth.signOut', {}));
    expect((await ask(backend, 'auth.signIn', { username: 'malika', password: 'noto‘g‘ri-parol' })).ok).toBe(
      false,
    );
    const account = await backend.db
      .selectFrom('accounts')
      .selectAll()
      .where('username', '=', 'Malika')
      .executeTakeFirstOrThrow();
    const everything = JSON.stringify(await backend.db.selectFrom('audit_changes').selectAll().execute());
    expect(everything).toContain('Malika');
    expect(everything).not.toContain(account.password_hash);
    expect(everything).not.toContain(account.password_salt);
    const access = expectOk(await ask(backend, 'audit.list', { kind: 'access' }, LOCAL_OPERATOR));
    expect(access.entries.map((e) => [e.action, e.userName])).toEqual([
      ['auth.signInFailed', 'malika'],
      ['auth.signOut', ADMIN.displayName],
    ]);
  });

  it(
    'refuses to alter or delete the log, and a refused write leaves nothing in it',
    { timeout: SLOW },
    async () => {
      const backend = await openSessionBackend(() => NOW, EVERY_ROLE);
      const before = await backend.db.selectFrom('audit_calls').select('id').execute();
      expect((await ask(backend, 'people.create', { ...child(), birthDate: '2090-01-01' })).ok).toBe(false);
      expect(await backend.db.selectFrom('audit_calls').select('id').execute()).toEqual(before);
      await expect(sql`update audit_changes set after = null`.execute(backend.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from audit_calls`.execute(backend.db)).rejects.toThrow(/append-only/);
      expect(await backend.db.selectFrom('audit_context').selectAll().execute()).toEqual([
        { id: 1, call_id: null },
      ]);
    },
  );

  it('filters by person, user, kind and day, newest first, in pages', { timeout: SLOW }, async () => {
    let now = new Date('2026-03-09T05:00:00Z');
    const backend = await openSessionBackend(() => now, EVERY_ROLE);
    const a = expectOk(await ask(backend, 'people.create', child()));
    now = new Date('2026-03-10T05:00:00Z');
    const b = expectOk(
      await ask(
        backend,
        'people.create',
        child({ givenName: 'Madina', sex: 'female', pinfl: makePinfl('2019-05-14', 'female', 203, 18) }),
      ),
    );
    for (let i = 0; i < 3; i++) expectOk(await ask(backend, 'people.get', { id: b.id }));

    const list = (input: object) => ask(backend, 'audit.list', input, LOCAL_OPERATOR).then(expectOk);
    expect((await list({ beneficiaryId: a.id })).entries.map((e) => e.action)).toEqual(['people.create']);
    expect((await list({ beneficiaryId: b.id })).total).toBe(4);
    expect((await list({ kind: 'view' })).total).toBe(3);
    expect((await list({ from: '2026-03-09', to: '2026-03-09' })).entries.map((e) => e.action)).toEqual([
      'people.create',
      'accounts.update',
      'auth.setup',
    ]);
    const users = expectOk(await ask(backend, 'audit.users', {}, LOCAL_OPERATOR));
    expect(users.map((u) => u.userName)).toEqual([ADMIN.displayName]);
    expect((await list({ userId: users[0]!.userId })).total).toBe(6);
    const page = await list({ page: 1 });
    expect(page).toMatchObject({ pageSize: 50, total: 7, entries: [] });
    expect(
      await ask(backend, 'audit.list', { from: '2026-03-10', to: '2026-03-09' }, LOCAL_OPERATOR),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { to: { key: 'audit.validation.range' } } } },
    });
  });
});
