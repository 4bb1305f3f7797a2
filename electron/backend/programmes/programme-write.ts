import type { ParsedInput } from '../../../shared/contract';
import {
  canMoveTo,
  isApproval,
  isEditable,
  type Programme,
  type ProgrammeStatus,
} from '../../../shared/domain/programmes';
import type { Db } from '../db/connection';
import type { HandlerContext } from '../registry';
import { insertGoal } from './goal-write';
import { getProgramme } from './read';
import { refused, requireRow } from './references';

export async function createProgramme(
  input: ParsedInput<'programmes.create'>,
  ctx: HandlerContext,
  previousId: number | null = null,
): Promise<number> {
  await requireRow(ctx.db, 'beneficiaries', input.beneficiaryId, 'beneficiaryId');
  const at = ctx.now.toISOString();
  const { id } = await ctx.db
    .insertInto('programmes')
    .values({
      beneficiary_id: input.beneficiaryId,
      start_date: input.startDate,
      review_date: input.reviewDate,
      end_date: input.endDate,
      status: 'draft',
      previous_id: previousId,
      notes: input.notes,
      created_by: ctx.caller.userId,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, goal] of input.goals.entries()) await insertGoal(ctx.db, id, position, goal, ctx.now);
  return id;
}

/** A programme that may still be changed: a closed one is a record. */
export async function editableProgramme(db: Db, id: number): Promise<Programme> {
  const programme = await getProgramme(db, id);
  if (!isEditable(programme.status))
    throw refused(`Programme ${id} is ${programme.status}`, 'programmes.validation.closed');
  return programme;
}

export async function updateProgramme(input: ParsedInput<'programmes.update'>, ctx: HandlerContext) {
  await editableProgramme(ctx.db, input.id);
  await ctx.db
    .updateTable('programmes')
    .set({
      start_date: input.startDate,
      review_date: input.reviewDate,
      end_date: input.endDate,
      notes: input.notes,
      updated_at: ctx.now.toISOString(),
    })
    .where('id', '=', input.id)
    .execute();
}

/** Moves a programme on; approving needs at least one goal, and records who approved it and when. */
export async function setStatus(id: number, status: ProgrammeStatus, ctx: HandlerContext): Promise<void> {
  const programme = await getProgramme(ctx.db, id);
  if (programme.status === status) return;
  if (!canMoveTo(programme.status, status))
    throw refused(
      `Programme ${id} cannot move from ${programme.status} to ${status}`,
      'programmes.validation.statusMove',
      'status',
    );
  const at = ctx.now.toISOString();
  if (isApproval(programme.status, status)) {
    const goal = await ctx.db
      .selectFrom('programme_goals')
      .select('id')
      .where('programme_id', '=', id)
      .executeTakeFirst();
    if (!goal) throw refused(`Programme ${id} has no goals`, 'programmes.validation.noGoals', 'status');
    await ctx.db
      .updateTable('programmes')
      .set({ status, approved_by: ctx.caller.userId, approved_at: at, updated_at: at })
      .where('id', '=', id)
      .execute();
    return;
  }
  await ctx.db.updateTable('programmes').set({ status, updated_at: at }).where('id', '=', id).execute();
}
