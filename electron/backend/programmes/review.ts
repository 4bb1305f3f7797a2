import type { ParsedInput } from '../../../shared/contract';
import { canBeReviewed, canStartNextPeriod, nextPeriod } from '../../../shared/domain/programmes';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';
import { createProgramme } from './programme-write';
import { getProgramme, readGoals } from './read';
import { refused, requireRow } from './references';

/** Records a review: a level for every goal and a conclusion. An active programme becomes reviewed. */
export async function recordReview(
  input: ParsedInput<'programmes.review'>,
  ctx: HandlerContext,
): Promise<void> {
  const programme = await getProgramme(ctx.db, input.programmeId);
  if (!canBeReviewed(programme.status))
    throw refused(`Programme ${programme.id} is ${programme.status}`, 'programmes.validation.notActive');
  if (input.reviewerId !== null) await requireRow(ctx.db, 'staff', input.reviewerId, 'reviewerId');
  if (input.reviewDate < programme.startDate)
    throw new AppError('VALIDATION', 'A review before the programme started', {
      fields: { reviewDate: { key: 'programmes.validation.reviewBeforeStart' } },
    });
  const goals = await readGoals(ctx.db, [programme.id]);
  const fields: Record<string, { key: string }> = {};
  for (const goal of goals)
    if (!input.levels.some((l) => l.goalId === goal.id))
      fields[`levels.${goal.id}`] = { key: 'validation.required' };
  for (const level of input.levels)
    if (!goals.some((g) => g.id === level.goalId))
      fields[`levels.${level.goalId}`] = { key: 'validation.invalid' };
  if (new Set(input.levels.map((l) => l.goalId)).size !== input.levels.length)
    fields['levels'] = { key: 'validation.invalid' };
  if (Object.keys(fields).length > 0)
    throw new AppError('VALIDATION', 'Every goal needs one level', { fields });

  const { id } = await ctx.db
    .insertInto('programme_reviews')
    .values({
      programme_id: programme.id,
      review_date: input.reviewDate,
      reviewer_id: input.reviewerId,
      conclusion: input.conclusion,
      created_by: ctx.caller.userId,
      created_at: ctx.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.levels.length > 0)
    await ctx.db
      .insertInto('review_goal_levels')
      .values(input.levels.map((l) => ({ review_id: id, goal_id: l.goalId, level: l.level })))
      .execute();
  if (programme.status === 'active')
    await ctx.db
      .updateTable('programmes')
      .set({ status: 'reviewed', updated_at: ctx.now.toISOString() })
      .where('id', '=', programme.id)
      .execute();
}

/**
 * The next period of a reviewed programme: a new draft as long as the old one, starting after it, with copies of
 * its goals and scales (to be revised before approval). The reviewed programme is closed.
 */
export async function startNextPeriod(programmeId: number, ctx: HandlerContext): Promise<number> {
  const programme = await getProgramme(ctx.db, programmeId);
  if (!canStartNextPeriod(programme.status))
    throw refused(`Programme ${programmeId} is ${programme.status}`, 'programmes.validation.notReviewed');
  const last = await ctx.db
    .selectFrom('programme_reviews')
    .select((eb) => eb.fn.max('review_date').as('date'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  const period = nextPeriod(programme, last?.date ?? programme.reviewDate);
  const goals = await readGoals(ctx.db, [programmeId]);
  const id = await createProgramme(
    {
      beneficiaryId: programme.beneficiaryId,
      ...period,
      notes: '',
      goals: goals.map((g) => ({
        goal: g.goal,
        domain: g.domain,
        icfCodes: g.icfCodes,
        baseline: g.baseline,
        scale: g.scale,
      })),
    },
    ctx,
    programmeId,
  );
  await ctx.db
    .updateTable('programmes')
    .set({ status: 'closed', updated_at: ctx.now.toISOString() })
    .where('id', '=', programmeId)
    .execute();
  return id;
}
