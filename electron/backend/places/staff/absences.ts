import type { ParsedInput } from '../../../../shared/contract';
import type { Absence } from '../../../../shared/domain/staff';
import type { Db } from '../../db/connection';
import { AppError } from '../../errors';
import { getStaff, listAbsences, toAbsence } from './read';

/** Two absences of one person on the same day would leave it unclear why they are away: refused. */
export async function addAbsence(
  db: Db,
  absence: ParsedInput<'staff.absences.add'>,
  now: Date,
): Promise<Absence> {
  await getStaff(db, absence.staffId);
  const clash = (await listAbsences(db, absence.staffId)).find(
    (other) => other.startDate <= absence.endDate && absence.startDate <= other.endDate,
  );
  if (clash) {
    throw new AppError('CONFLICT', 'The absence overlaps another one', {
      fields: { startDate: { key: 'places.validation.absenceOverlap' } },
      clash,
    });
  }
  const row = await db
    .insertInto('staff_absences')
    .values({
      staff_id: absence.staffId,
      kind: absence.kind,
      start_date: absence.startDate,
      end_date: absence.endDate,
      note: absence.note,
      created_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAbsence(row);
}

export async function removeAbsence(db: Db, id: number): Promise<{ id: number }> {
  const removed = await db.deleteFrom('staff_absences').where('id', '=', id).executeTakeFirst();
  if (removed.numDeletedRows === 0n) throw new AppError('NOT_FOUND', `No absence ${id}`);
  return { id };
}
