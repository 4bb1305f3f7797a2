import type { ParsedInput } from '../../../shared/contract';
import type { ProgrammeList } from '../../../shared/contract/programmes';
import { isDueForReview } from '../../../shared/domain/programmes';
import type { Db } from '../db/connection';
import { queryTerms } from '../people/search';
import { centreToday } from '../people/today';
import { toProgramme } from './read';

/** Programmes with their person, newest period first; "due for review" is judged by the centre's today. */
export async function listProgrammes(
  db: Db,
  input: ParsedInput<'programmes.list'>,
  now: Date,
): Promise<ProgrammeList> {
  const today = await centreToday(db, now);
  let query = db
    .selectFrom('programmes as p')
    .innerJoin('beneficiaries as b', 'b.id', 'p.beneficiary_id')
    .selectAll('p')
    .select(['b.family_name', 'b.given_name', 'b.patronymic', 'b.birth_date'])
    .select((eb) => [
      eb
        .selectFrom('programme_goals as g')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('g.programme_id', '=', 'p.id')
        .as('goal_count'),
      eb
        .selectFrom('programme_reviews as r')
        .select((e) => e.fn.max('r.review_date').as('d'))
        .whereRef('r.programme_id', '=', 'p.id')
        .as('last_review'),
    ]);
  for (const term of queryTerms(input.query)) query = query.where('b.search_text', 'like', `%${term}%`);
  if (input.beneficiaryId !== null) query = query.where('p.beneficiary_id', '=', input.beneficiaryId);
  if (input.status !== null) query = query.where('p.status', '=', input.status);
  if (input.dueForReview) query = query.where('p.status', '=', 'active').where('p.review_date', '<=', today);
  const rows = await query
    .orderBy(input.dueForReview ? 'p.review_date' : 'p.start_date', input.dueForReview ? 'asc' : 'desc')
    .orderBy('b.search_text')
    .orderBy('p.id')
    .limit(input.limit)
    .execute();
  return {
    today,
    items: rows.map((row) => {
      const programme = toProgramme(row);
      return {
        ...programme,
        beneficiary: {
          id: row.beneficiary_id,
          familyName: row.family_name,
          givenName: row.given_name,
          patronymic: row.patronymic,
          birthDate: row.birth_date,
        },
        goalCount: Number(row.goal_count ?? 0),
        dueForReview: isDueForReview(programme, today),
        lastReviewDate: row.last_review ?? null,
      };
    }),
  };
}
