import type { Db } from '../db/connection';
import { AppError } from '../errors';

type Table = 'beneficiaries' | 'services' | 'staff';

/** An id the form sent must name a row: otherwise the field is refused with a message, not a foreign-key error. */
export async function requireRow(db: Db, table: Table, id: number, field: string): Promise<void> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!row)
    throw new AppError('VALIDATION', `No ${table} row ${id}`, {
      fields: { [field]: { key: 'validation.invalidChoice' } },
    });
}

export function refused(message: string, key: string, field = '_form'): AppError {
  return new AppError('CONFLICT', message, { fields: { [field]: { key } } });
}
