import type { ParsedInput } from '../../../../shared/contract';
import { parseHolidayKey, type Closure, type ClosureKind } from '../../../../shared/domain/closures';
import type { Db } from '../../db/connection';
import type { ClosuresTable } from '../../db/schema';
import { AppError } from '../../errors';

type ClosureRow = Omit<ClosuresTable, 'id'> & { id: number };

function toClosure(row: ClosureRow): Closure {
  return {
    id: row.id,
    startDate: row.start_date,
    endDate: row.end_date,
    kind: row.kind as ClosureKind,
    name: row.name,
    holiday: row.holiday_key === null ? null : parseHolidayKey(row.holiday_key),
  };
}

/** The closures that share at least one day with [from, to] ("YYYY-MM-DD", inclusive), by start date. */
export async function closuresBetween(db: Db, from: string, to: string): Promise<Closure[]> {
  const rows = await db
    .selectFrom('closures')
    .selectAll()
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .where('dismissed_at', 'is', null)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
  return rows.map(toClosure);
}

export async function getClosure(db: Db, id: number): Promise<Closure> {
  const row = await db
    .selectFrom('closures')
    .selectAll()
    .where('id', '=', id)
    .where('dismissed_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No closure ${id}`);
  return toClosure(row);
}

export async function createClosure(
  db: Db,
  closure: ParsedInput<'closures.create'>,
  now: Date,
): Promise<Closure> {
  const stamp = now.toISOString();
  const inserted = await db
    .insertInto('closures')
    .values({
      kind: closure.kind,
      name: closure.name,
      start_date: closure.startDate,
      end_date: closure.endDate,
      holiday_key: null,
      dismissed_at: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getClosure(db, inserted.id);
}

/**
 * A filled-in holiday keeps its holiday key when corrected, so the calendar never fills it in again and the
 * manager's dates stay.
 */
export async function updateClosure(
  db: Db,
  closure: ParsedInput<'closures.update'>,
  now: Date,
): Promise<Closure> {
  await getClosure(db, closure.id);
  await db
    .updateTable('closures')
    .set({
      kind: closure.kind,
      name: closure.name,
      start_date: closure.startDate,
      end_date: closure.endDate,
      updated_at: now.toISOString(),
    })
    .where('id', '=', closure.id)
    .execute();
  return getClosure(db, closure.id);
}

/**
 * A closure entered by hand is deleted; a filled-in holiday is only hidden, so that the holiday calendar,
 * which fills in a year that has none of its holidays, never brings it back.
 */
export async function deleteClosure(db: Db, id: number, now: Date): Promise<{ id: number }> {
  const closure = await getClosure(db, id);
  if (closure.holiday === null) {
    await db.deleteFrom('closures').where('id', '=', id).execute();
  } else {
    await db.updateTable('closures').set({ dismissed_at: now.toISOString() }).where('id', '=', id).execute();
  }
  return { id };
}
