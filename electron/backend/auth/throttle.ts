import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { FORM_FIELD } from '../../../shared/contract';

/** Wrong passwords allowed before each further one locks sign-in for a while. */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_SECONDS = 30;
const LONGEST_LOCK_SECONDS = 15 * 60;

/** The lockout after `failures` wrong passwords in a row: none at first, then doubling from 30 s to 15 min. */
export function lockSeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_LOCK_SECONDS);
}

export function usernameKey(username: string): string {
  return username.trim().normalize('NFKC').toLowerCase();
}

function throttled(seconds: number, field: string): AppError {
  return new AppError('VALIDATION', 'Too many wrong passwords: try again later', {
    fields: {
      [field]: {
        key: 'auth.validation.throttled',
        params: { minutes: Math.max(1, Math.ceil(seconds / 60)) },
      },
    },
    retryAfterSeconds: seconds,
  });
}

/** Refuses at once, without looking at the password, while the name is locked out. */
export async function assertNotThrottled(db: Db, key: string, now: Date, field = FORM_FIELD): Promise<void> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .selectAll()
    .where('username_key', '=', key)
    .executeTakeFirst();
  if (!row?.locked_until) return;
  const seconds = Math.ceil((Date.parse(row.locked_until) - now.getTime()) / 1000);
  if (seconds > 0) throw throttled(seconds, field);
}

/** Counts a wrong password; stored, so closing the app does not reset it. */
export async function recordFailure(db: Db, key: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .selectAll()
    .where('username_key', '=', key)
    .executeTakeFirst();
  const failures = (row?.failed_count ?? 0) + 1;
  const seconds = lockSeconds(failures);
  const values = {
    failed_count: failures,
    locked_until: seconds > 0 ? new Date(now.getTime() + seconds * 1000).toISOString() : null,
    last_failed_at: now.toISOString(),
  };
  await db
    .insertInto('sign_in_throttle')
    .values({ username_key: key, ...values })
    .onConflict((oc) => oc.column('username_key').doUpdateSet(values))
    .execute();
  return failures;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('username_key', '=', key).execute();
}
