import type { NoteGoal } from '../../../shared/contract/notes';
import { isGasLevel, rateableGoalIds, type ProgrammeSpan } from '../../../shared/domain/notes';
import type { Db } from '../db/connection';

/** The person's programmes with their goal ids, as the rating rule takes them. */
async function programmeSpans(db: Db, beneficiaryId: number): Promise<ProgrammeSpan[]> {
  const rows = await db
    .selectFrom('programmes as p')
    .leftJoin('programme_goals as g', 'g.programme_id', 'p.id')
    .select(['p.id', 'p.status', 'p.start_date', 'p.end_date', 'g.id as goal_id'])
    .where('p.beneficiary_id', '=', beneficiaryId)
    .execute();
  const spans = new Map<number, ProgrammeSpan & { goalIds: number[] }>();
  for (const row of rows) {
    const span = spans.get(row.id) ?? {
      status: row.status,
      startDate: row.start_date,
      endDate: row.end_date,
      goalIds: [],
    };
    if (row.goal_id !== null) span.goalIds.push(row.goal_id);
    spans.set(row.id, span);
  }
  return [...spans.values()];
}

export async function rateableGoals(db: Db, beneficiaryId: number, date: string): Promise<Set<number>> {
  return rateableGoalIds(await programmeSpans(db, beneficiaryId), date);
}

/** The goals a note on this date may rate, in programme order, each with its scale's words. */
export async function goalsOn(db: Db, beneficiaryId: number, date: string): Promise<NoteGoal[]> {
  const ids = [...(await rateableGoals(db, beneficiaryId, date))];
  if (ids.length === 0) return [];
  const goals = await db
    .selectFrom('programme_goals')
    .select(['id', 'programme_id', 'goal', 'domain'])
    .where('id', 'in', ids)
    .orderBy('programme_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
  const levels = await db
    .selectFrom('goal_levels')
    .select(['goal_id', 'level', 'description'])
    .where('goal_id', 'in', ids)
    .orderBy('level')
    .execute();
  return goals.map((goal) => ({
    goalId: goal.id,
    programmeId: goal.programme_id,
    goal: goal.goal,
    domain: goal.domain,
    levels: levels.flatMap((l) =>
      l.goal_id === goal.id && isGasLevel(l.level) ? [{ level: l.level, description: l.description }] : [],
    ),
  }));
}
