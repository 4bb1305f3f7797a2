import { randomUUID } from 'node:crypto';
import { DEFAULT_LOCK_MINUTES, type Account } from '../../../shared/contract/auth';
import type { Role } from '../../../shared/contract/permissions';
import { isRole } from '../../../shared/domain/roles';
import type { Db } from '../db/connection';
import type { AccountsTable } from '../db/schema';
import { AppError } from '../errors';
import { parseParams, type StoredPassword } from './password';
import { usernameKey } from './throttle';

export type AccountRow = AccountsTable;

export async function countAccounts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function accountRowById(db: Db, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function accountRowByName(db: Db, username: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('username_key', '=', usernameKey(username))
    .executeTakeFirst();
}

export async function rolesOf(db: Db, id: string): Promise<Role[]> {
  const rows = await db.selectFrom('account_roles').select('role').where('account_id', '=', id).execute();
  return rows.map((r) => r.role).filter(isRole);
}

export function storedPassword(row: AccountRow): StoredPassword {
  return { hash: row.password_hash, salt: row.password_salt, params: parseParams(row.password_params) };
}

function toAccount(row: AccountRow, roles: Role[], lockedUntil: string | null, now: Date): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    staffId: row.staff_id,
    roles,
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
    lockedUntil: lockedUntil && Date.parse(lockedUntil) > now.getTime() ? lockedUntil : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function readAccount(db: Db, id: string, now: Date): Promise<Account> {
  const row = await accountRowById(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No account ${id}`);
  const throttle = await db
    .selectFrom('sign_in_throttle')
    .select('locked_until')
    .where('username_key', '=', row.username_key)
    .executeTakeFirst();
  return toAccount(row, await rolesOf(db, id), throttle?.locked_until ?? null, now);
}

export async function listAccounts(db: Db, now: Date): Promise<Account[]> {
  const rows = await db.selectFrom('accounts').select('id').orderBy('display_name').execute();
  return Promise.all(rows.map((r) => readAccount(db, r.id, now)));
}

async function assertStaffExists(db: Db, staffId: number | null): Promise<void> {
  if (staffId === null) return;
  const staff = await db.selectFrom('staff').select('id').where('id', '=', staffId).executeTakeFirst();
  if (!staff) {
    throw new AppError('VALIDATION', `No staff member ${staffId}`, {
      fields: { staffId: { key: 'auth.validation.staffUnknown' } },
    });
  }
}

export interface NewAccount {
  username: string;
  displayName: string;
  roles: Role[];
  staffId: number | null;
  password: StoredPassword;
  mustChangePassword: boolean;
}

export async function insertAccount(db: Db, account: NewAccount, now: Date): Promise<string> {
  if (await accountRowByName(db, account.username)) {
    throw new AppError('VALIDATION', 'That user name is taken', {
      fields: { username: { key: 'auth.validation.usernameTaken' } },
    });
  }
  await assertStaffExists(db, account.staffId);
  const id = randomUUID();
  const at = now.toISOString();
  await db
    .insertInto('accounts')
    .values({
      id,
      username: account.username,
      username_key: usernameKey(account.username),
      display_name: account.displayName,
      password_hash: account.password.hash,
      password_salt: account.password.salt,
      password_params: JSON.stringify(account.password.params),
      staff_id: account.staffId,
      active: 1,
      must_change_password: account.mustChangePassword ? 1 : 0,
      password_changed_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await setRoles(db, id, account.roles);
  return id;
}

export async function setRoles(db: Db, id: string, roles: Role[]): Promise<void> {
  await db.deleteFrom('account_roles').where('account_id', '=', id).execute();
  if (roles.length > 0) {
    await db
      .insertInto('account_roles')
      .values(roles.map((role) => ({ account_id: id, role })))
      .execute();
  }
}

export interface AccountChange {
  displayName: string;
  roles: Role[];
  staffId: number | null;
  active: boolean;
}

export async function updateAccount(db: Db, id: string, change: AccountChange, now: Date): Promise<void> {
  await assertStaffExists(db, change.staffId);
  await db
    .updateTable('accounts')
    .set({
      display_name: change.displayName,
      staff_id: change.staffId,
      active: change.active ? 1 : 0,
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .execute();
  const current = await rolesOf(db, id);
  if (current.join() !== change.roles.join()) await setRoles(db, id, change.roles);
}

export async function setPassword(
  db: Db,
  id: string,
  password: StoredPassword,
  mustChange: boolean,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await db
    .updateTable('accounts')
    .set({
      password_hash: password.hash,
      password_salt: password.salt,
      password_params: JSON.stringify(password.params),
      must_change_password: mustChange ? 1 : 0,
      password_changed_at: at,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** Active administrators other than `except`: the last one may not be disabled or lose the role. */
export async function otherActiveAdministrators(db: Db, except: string): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .innerJoin('account_roles', 'account_roles.account_id', 'accounts.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_roles.role', '=', 'administrator')
    .where('accounts.active', '=', 1)
    .where('accounts.id', '!=', except)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function lockMinutes(db: Db): Promise<number> {
  const row = await db.selectFrom('auth_settings').select('lock_after_minutes').executeTakeFirst();
  return row?.lock_after_minutes ?? DEFAULT_LOCK_MINUTES;
}

export async function setLockMinutes(db: Db, minutes: number): Promise<void> {
  await db
    .insertInto('auth_settings')
    .values({ id: 1, lock_after_minutes: minutes })
    .onConflict((oc) => oc.column('id').doUpdateSet({ lock_after_minutes: minutes }))
    .execute();
}
