import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { MissingNote } from '../../../shared/contract/notes';
import { fullName } from '../../../shared/domain/people';
import type { HandlerContext } from '../registry';
import { restrictedStaffId, servedIds } from './access';

/**
 * Sessions marked present or late whose person has no signed note yet, oldest first, group sessions included:
 * a note belongs to one person at one session (it rates that person's own programme goals), so a group session
 * the specialist led owes a note for each child who attended it, the same as an individual session does. The
 * specialist of a group session is the one who led it (the group's teacher, or a stand-in on that day).
 */
export async function missingNotes(
  input: ParsedInput<'notes.missing'>,
  { db, caller }: HandlerContext,
): Promise<MissingNote[]> {
  let query = db
    .selectFrom('attendance_marks as m')
    .innerJoin('sessions as s', 's.id', 'm.session_id')
    .innerJoin('staff as st', 'st.id', 's.specialist_id')
    .innerJoin('beneficiaries as b', 'b.id', 'm.beneficiary_id')
    .leftJoin('groups as g', 'g.id', 's.group_id')
    .leftJoin('progress_notes as n', (join) =>
      join.onRef('n.session_id', '=', 'm.session_id').onRef('n.beneficiary_id', '=', 'm.beneficiary_id'),
    )
    .select([
      's.id as session_id',
      's.date',
      's.start_time',
      's.service_id',
      's.specialist_id',
      'st.family_name as staff_family',
      'st.given_name as staff_given',
      'g.name as group_name',
      'b.id as beneficiary_id',
      'b.family_name',
      'b.given_name',
      'b.patronymic',
      'n.status',
    ])
    .where('m.mark', 'in', ['present', 'late'])
    .where((eb) => eb.or([eb('n.status', 'is', null), eb('n.status', '!=', 'signed')]));
  if (input.specialistId !== undefined) query = query.where('s.specialist_id', '=', input.specialistId);
  if (input.from !== undefined) query = query.where('s.date', '>=', input.from);
  if (input.to !== undefined) query = query.where('s.date', '<=', input.to);
  const staffId = restrictedStaffId(caller);
  if (staffId !== null) query = query.where(sql<boolean>`m.beneficiary_id in (${servedIds(staffId)})`);
  const rows = await query.orderBy('s.start_at').orderBy('b.family_name').orderBy('b.given_name').execute();
  return rows.map((row) => ({
    sessionId: row.session_id,
    date: row.date,
    startTime: row.start_time,
    serviceId: row.service_id,
    specialistId: row.specialist_id,
    specialistName: `${row.staff_family} ${row.staff_given}`.trim(),
    groupName: row.group_name,
    beneficiaryId: row.beneficiary_id,
    name: fullName({ familyName: row.family_name, givenName: row.given_name, patronymic: row.patronymic }),
    draft: row.status === 'draft',
  }));
}
