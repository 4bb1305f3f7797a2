import { sql } from 'kysely';
import type { Caller } from '../../../shared/contract';
import type { Db } from '../db/connection';
import { AppError } from '../errors';

/**
 * Notes are health data: a specialist reads and writes them only for the people they serve. The rule applies
 * when the caller is linked to a staff member who is not a manager; managers, and callers with no staff link
 * (the local operator, tests), pass — the registry has already checked notes.read / notes.write.
 */
export function restrictedStaffId(caller: Caller): number | null {
  if (caller.roles?.includes('manager')) return null;
  return callerStaffId(caller);
}

/** The staff member to record as author or signer, whatever their role. */
export function callerStaffId(caller: Caller): number | null {
  return caller.staffId ?? null;
}

/**
 * The ids of the people a staff member serves: anyone they have a session with (booked, held or cancelled),
 * anyone enrolled in a group they teach, and anyone whose programme prescribes a service to them by name.
 */
export function servedIds(staffId: number) {
  return sql<number>`select sb.beneficiary_id from session_beneficiaries sb
      join sessions s on s.id = sb.session_id where s.specialist_id = ${staffId}
    union select ge.beneficiary_id from group_enrolments ge
      join groups g on g.id = ge.group_id where g.teacher_id = ${staffId}
    union select p.beneficiary_id from prescriptions pr
      join programmes p on p.id = pr.programme_id where pr.specialist_id = ${staffId}`;
}

export async function servesBeneficiary(db: Db, staffId: number, beneficiaryId: number): Promise<boolean> {
  const row = await sql<{
    served: number;
  }>`select ${beneficiaryId} in (${servedIds(staffId)}) as served`.execute(db);
  return row.rows[0]?.served === 1;
}

/** Refuses a caller who may not read or write this person's notes. */
export async function assertServes(db: Db, caller: Caller, beneficiaryId: number): Promise<void> {
  const staffId = restrictedStaffId(caller);
  if (staffId === null) return;
  if (!(await servesBeneficiary(db, staffId, beneficiaryId)))
    throw new AppError('FORBIDDEN', `Staff ${staffId} does not serve beneficiary ${beneficiaryId}`);
}

/** Of these people, the ones the caller may read notes of. */
export async function readableOf(
  db: Db,
  caller: Caller,
  beneficiaryIds: readonly number[],
): Promise<Set<number>> {
  const staffId = restrictedStaffId(caller);
  if (staffId === null) return new Set(beneficiaryIds);
  const readable = new Set<number>();
  for (const id of beneficiaryIds) if (await servesBeneficiary(db, staffId, id)) readable.add(id);
  return readable;
}
