import { sql } from 'kysely';
import type { Db } from './connection';

/**
 * Runs `work` in one IMMEDIATE transaction: the write lock is taken at BEGIN, so a check-then-insert can never
 * be raced by another window or process. Inside, use only the `trx` given: the connection is held by it.
 */
export async function writeTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (trx) => {
    await sql`begin immediate`.execute(trx);
    try {
      const result = await work(trx);
      await sql`commit`.execute(trx);
      return result;
    } catch (error) {
      await sql`rollback`.execute(trx);
      throw error;
    }
  });
}
