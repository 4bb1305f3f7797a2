import { sql } from 'kysely';
import type { Db } from './connection';
import { readOnlyError, refusesWrites, storageFailure } from './storage-errors';

const RETRY_MS = 2;

function isBusy(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
}

/**
 * BEGIN IMMEDIATE, waiting for another connection's write to end without blocking the event loop: SQLite's own
 * busy handler sleeps synchronously, and when the other connection lives in this same process (two backends on
 * one file, as in tests and tools) its transaction could never finish while we sleep. So the handler is off for
 * the BEGIN and we retry on timers, for as long as the connection's busy_timeout allows.
 */
async function beginImmediate(trx: Db): Promise<void> {
  const { rows } = await sql<{ timeout: number }>`pragma busy_timeout`.execute(trx);
  const timeout = rows[0]?.timeout ?? 0;
  const deadline = Date.now() + timeout;
  await sql`pragma busy_timeout = 0`.execute(trx);
  try {
    for (;;) {
      try {
        await sql`begin immediate`.execute(trx);
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  } finally {
    await sql`pragma busy_timeout = ${sql.raw(String(timeout))}`.execute(trx);
  }
}

/**
 * Runs `work` in one IMMEDIATE transaction: the write lock is taken at BEGIN, so a check-then-insert can never
 * be raced by another window or process. Inside, use only the `trx` given: the connection is held by it.
 */
export async function writeTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (refusesWrites(db)) throw readOnlyError();
  return db.connection().execute(async (trx) => {
    await beginImmediate(trx);
    try {
      const result = await work(trx);
      await sql`commit`.execute(trx);
      return result;
    } catch (error) {
      // After SQLITE_FULL (and a few others) SQLite has already rolled back: a second rollback would fail and
      // hide the error that says what happened.
      await sql`rollback`.execute(trx).catch(() => undefined);
      throw storageFailure(error) ?? error;
    }
  });
}
