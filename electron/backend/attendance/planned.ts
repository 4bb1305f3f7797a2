import type { ParsedInput } from '../../../shared/contract';
import type { PlannedAbsenceView } from '../../../shared/contract/attendance';
import type { PlannedAbsence } from '../../../shared/domain/attendance';
import { fullName } from '../../../shared/domain/people';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';

/** Absences announced in advance; they pre-fill marks, they are not marks themselves. */

function plannedQuery(db: Db) {
  return db
    .selectFrom('planned_absences as p')
    .innerJoin('beneficiaries as b', 'b.id', 'p.beneficiary_id')
    .select([
      'p.id',
      'p.beneficiary_id',
      'p.start_date',
      'p.end_date',
      'p.reason',
      'p.note',
      'p.created_at',
      'b.family_name',
      'b.given_name',
      'b.patronymic',
    ]);
}

type PlannedRow = Awaited<ReturnType<ReturnType<typeof plannedQuery>['execute']>>[number];

function view(row: PlannedRow): PlannedAbsenceView {
  return {
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    name: fullName({ familyName: row.family_name, givenName: row.given_name, patronymic: row.patronymic }),
    from: row.start_date,
    to: row.end_date,
    reason: row.reason,
    note: row.note,
    createdAt: row.created_at,
  };
}

export async function listPlanned(
  db: Db,
  input: ParsedInput<'attendance.plannedAbsences.list'>,
): Promise<PlannedAbsenceView[]> {
  let query = plannedQuery(db);
  if (input.beneficiaryId !== undefined) query = query.where('p.beneficiary_id', '=', input.beneficiaryId);
  if (input.to !== undefined) query = query.where('p.start_date', '<=', input.to);
  if (input.from !== undefined) query = query.where('p.end_date', '>=', input.from);
  const rows = await query.orderBy('p.start_date').orderBy('p.id').execute();
  return rows.map(view);
}

/** Planned absences reaching into a date range, as the domain's rules take them. */
export async function plannedInRange(db: Db, from: string, to: string): Promise<PlannedAbsence[]> {
  const rows = await db
    .selectFrom('planned_absences')
    .select(['id', 'beneficiary_id', 'start_date', 'end_date', 'reason', 'note'])
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    from: row.start_date,
    to: row.end_date,
    reason: row.reason,
    note: row.note,
  }));
}

export async function addPlanned(
  input: ParsedInput<'attendance.plannedAbsences.add'>,
  ctx: HandlerContext,
): Promise<PlannedAbsenceView> {
  const person = await ctx.db
    .selectFrom('beneficiaries')
    .select('id')
    .where('id', '=', input.beneficiaryId)
    .executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', `No beneficiary ${input.beneficiaryId}`);
  const { id } = await ctx.db
    .insertInto('planned_absences')
    .values({
      beneficiary_id: input.beneficiaryId,
      start_date: input.from,
      end_date: input.to,
      reason: input.reason,
      note: input.note,
      created_at: ctx.now.toISOString(),
      created_by: ctx.caller.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return view(await plannedQuery(ctx.db).where('p.id', '=', id).executeTakeFirstOrThrow());
}

export async function removePlanned(
  input: ParsedInput<'attendance.plannedAbsences.remove'>,
  ctx: HandlerContext,
): Promise<{ removed: number }> {
  const result = await ctx.db.deleteFrom('planned_absences').where('id', '=', input.id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', `No planned absence ${input.id}`);
  return { removed: input.id };
}
