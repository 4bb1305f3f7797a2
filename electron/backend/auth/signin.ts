import type { Caller } from '../../../shared/contract';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { appendCall, auditedTransaction } from '../audit/record';
import { dummyPassword, verifyPassword } from './password';
import { accountRowByName, accountRowById, storedPassword, type AccountRow } from './repository';
import { assertNotThrottled, clearFailures, FREE_ATTEMPTS, recordFailure, usernameKey } from './throttle';
import { writeTransaction } from '../db/transaction';

function wrongPassword(field: string): AppError {
  return new AppError('VALIDATION', 'Wrong user name or password', {
    fields: { [field]: { key: 'auth.validation.wrongPassword' } },
  });
}

/**
 * Checks a password against an account (or, for an unknown or disabled name, against a dummy hash so the
 * answer takes as long). Hashing happens outside any transaction; a wrong password is counted and logged in
 * its own, so the count survives the refusal. After FREE_ATTEMPTS the refusal says to wait instead.
 */
export async function checkPassword(
  db: Db,
  args: {
    key: string;
    row: AccountRow | undefined;
    password: string;
    field: string;
    caller: Caller;
    now: Date;
    action: string;
    typedName: string;
  },
): Promise<AccountRow> {
  const { key, row, password, field, caller, now } = args;
  await assertNotThrottled(db, key, now, field);
  const usable = row && row.active === 1 ? row : undefined;
  const ok = usable
    ? await verifyPassword(password, storedPassword(usable))
    : (await verifyPassword(password, await dummyPassword()), false);
  if (ok && usable) return usable;
  const failures = await auditedTransaction(
    db,
    {
      caller,
      kind: 'access',
      action: args.action,
      at: now,
      userId: row?.id ?? null,
      userName: args.typedName.slice(0, 64),
    },
    (trx) => recordFailure(trx, key, now),
  );
  if (failures >= FREE_ATTEMPTS) await assertNotThrottled(db, key, now, field);
  throw wrongPassword(field);
}

export async function signIn(
  db: Db,
  username: string,
  password: string,
  caller: Caller,
  now: Date,
): Promise<AccountRow> {
  const key = usernameKey(username);
  const row = await accountRowByName(db, username);
  const account = await checkPassword(db, {
    key,
    row,
    password,
    field: 'password',
    caller,
    now,
    action: 'auth.signInFailed',
    typedName: username,
  });
  await writeTransaction(db, async (trx) => {
    await clearFailures(trx, key);
    await appendCall(trx, { caller, kind: 'access', action: 'auth.signIn', at: now, userId: account.id });
  });
  return account;
}

/** The password of an account already known (the locked session's, the signed-in person's own). */
export async function confirmPassword(
  db: Db,
  accountId: string,
  password: string,
  field: string,
  caller: Caller,
  now: Date,
  action: string,
): Promise<AccountRow> {
  const row = await accountRowById(db, accountId);
  if (!row) throw new AppError('NOT_FOUND', `No account ${accountId}`);
  const account = await checkPassword(db, {
    key: row.username_key,
    row,
    password,
    field,
    caller,
    now,
    action,
    typedName: row.username,
  });
  await writeTransaction(db, (trx) => clearFailures(trx, row.username_key));
  return account;
}
