import type { z } from 'zod';
import type { goalFieldsSchema } from '../../../shared/contract/programmes';
import { GAS_LEVELS } from '../../../shared/domain/programmes';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { editableProgramme } from './programme-write';
import { refused } from './references';

type GoalFields = z.output<typeof goalFieldsSchema>;

async function writeScaleAndCodes(db: Db, goalId: number, goal: GoalFields): Promise<void> {
  await db.deleteFrom('goal_levels').where('goal_id', '=', goalId).execute();
  await db
    .insertInto('goal_levels')
    .values(GAS_LEVELS.map((level) => ({ goal_id: goalId, level, description: goal.scale[level + 2] ?? '' })))
    .execute();
  await db.deleteFrom('goal_icf_codes').where('goal_id', '=', goalId).execute();
  if (goal.icfCodes.length > 0)
    await db
      .insertInto('goal_icf_codes')
      .values(goal.icfCodes.map((code, position) => ({ goal_id: goalId, code, position })))
      .execute();
}

export async function insertGoal(
  db: Db,
  programmeId: number,
  position: number,
  goal: GoalFields,
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const { id } = await db
    .insertInto('programme_goals')
    .values({
      programme_id: programmeId,
      position,
      goal: goal.goal,
      domain: goal.domain,
      baseline: goal.baseline,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeScaleAndCodes(db, id, goal);
  return id;
}

/** Appends a goal after the programme's last one. */
export async function addGoal(db: Db, programmeId: number, goal: GoalFields, now: Date): Promise<void> {
  await editableProgramme(db, programmeId);
  const last = await db
    .selectFrom('programme_goals')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  await insertGoal(db, programmeId, (last?.position ?? -1) + 1, goal, now);
}

/** The programme a goal belongs to; NOT_FOUND for an unknown goal. */
export async function programmeOfGoal(db: Db, goalId: number): Promise<number> {
  const row = await db
    .selectFrom('programme_goals')
    .select('programme_id')
    .where('id', '=', goalId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No goal ${goalId}`);
  return row.programme_id;
}

export async function updateGoal(db: Db, goalId: number, goal: GoalFields, now: Date): Promise<number> {
  const programmeId = await programmeOfGoal(db, goalId);
  await editableProgramme(db, programmeId);
  await db
    .updateTable('programme_goals')
    .set({ goal: goal.goal, domain: goal.domain, baseline: goal.baseline, updated_at: now.toISOString() })
    .where('id', '=', goalId)
    .execute();
  await writeScaleAndCodes(db, goalId, goal);
  return programmeId;
}

/**
 * Moves a goal one place up or down among its programme's goals; at either end it stays. The goals are numbered
 * afresh from 0, so positions left with gaps or ties by older data come out in the order shown.
 */
export async function moveGoal(db: Db, goalId: number, direction: 'up' | 'down', now: Date): Promise<number> {
  const programmeId = await programmeOfGoal(db, goalId);
  await editableProgramme(db, programmeId);
  const ids = (
    await db
      .selectFrom('programme_goals')
      .select('id')
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .orderBy('id')
      .execute()
  ).map((row) => row.id);
  const from = ids.indexOf(goalId);
  const to = direction === 'up' ? from - 1 : from + 1;
  const neighbour = ids[to];
  if (neighbour === undefined) return programmeId;
  ids[to] = goalId;
  ids[from] = neighbour;
  const at = now.toISOString();
  for (const [position, id] of ids.entries())
    await db
      .updateTable('programme_goals')
      .set({ position, updated_at: at })
      .where('id', '=', id)
      .where('position', '!=', position)
      .execute();
  return programmeId;
}

/** A goal rated at a review or in a progress note stays: the ratings would lose what they measured. */
export async function removeGoal(db: Db, goalId: number): Promise<number> {
  const programmeId = await programmeOfGoal(db, goalId);
  await editableProgramme(db, programmeId);
  const reviewed = await db
    .selectFrom('review_goal_levels')
    .select('goal_id')
    .where('goal_id', '=', goalId)
    .executeTakeFirst();
  const rated = await db
    .selectFrom('progress_note_ratings')
    .select('goal_id')
    .where('goal_id', '=', goalId)
    .executeTakeFirst();
  if (reviewed || rated) throw refused(`Goal ${goalId} has ratings`, 'programmes.validation.goalRated');
  await db.deleteFrom('programme_goals').where('id', '=', goalId).execute();
  return programmeId;
}
