import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { PeoplePage, PeopleSearch } from '../../../shared/contract/people';
import { ageInYears, birthDateBounds } from '../../../shared/domain/age';
import type {
  BeneficiaryStatus,
  BeneficiarySummary,
  GuardianRelation,
  Sex,
  SocialStatus,
} from '../../../shared/domain/people';
import { normalizePhone } from '../../../shared/domain/phone';
import { searchTerms } from '../../../shared/domain/search-fold';
import type { Db } from '../db/connection';
import type { Database } from '../db/schema';

type Query = SelectQueryBuilder<Database, 'beneficiaries', object>;

/** Typed numbers ("90 123-45-67", "3010 1850 1234 51") are searched as one run of digits. */
const NUMBER_LIKE = /^[\d\s()+\-.]+$/;

/** The folded words of a query; a query that is only a number becomes its digits. */
export function queryTerms(query: string): string[] {
  const trimmed = query.trim();
  if (trimmed !== '' && NUMBER_LIKE.test(trimmed)) return [trimmed.replace(/\D/g, '')].filter(Boolean);
  return searchTerms(trimmed);
}

/**
 * Every word must occur somewhere in the folded search text (names in both scripts, identifiers, phones,
 * guardians); a whole PINFL or phone number also matches exactly, through its index.
 */
function matching(query: string) {
  const terms = queryTerms(query);
  const trimmed = query.trim();
  const pinfl = /^\d{14}$/.test(trimmed.replace(/\s+/g, '')) ? trimmed.replace(/\s+/g, '') : null;
  const phone = normalizePhone(trimmed);
  return (eb: ExpressionBuilder<Database, 'beneficiaries'>) => {
    const words = eb.and(terms.map((term) => eb('search_text', 'like', `%${term}%`)));
    const exact = [];
    if (pinfl) exact.push(eb('pinfl', '=', pinfl));
    if (phone) {
      exact.push(eb('phone', '=', phone));
      exact.push(
        eb(
          'id',
          'in',
          eb.selectFrom('guardians').select('beneficiary_id').where('guardians.phone', '=', phone),
        ),
      );
    }
    return exact.length === 0 ? words : eb.or([words, ...exact]);
  };
}

function filtered(db: Db, search: PeopleSearch, today: string): Query {
  // Archived people (retention) leave every search and list; the archive page reaches them.
  let query: Query = db.selectFrom('beneficiaries').where('archived_at', 'is', null);
  if (search.query.trim() !== '') query = query.where(matching(search.query));
  if (search.status) query = query.where('status', '=', search.status);
  if (search.hasDisability !== null) query = query.where('has_disability', '=', search.hasDisability ? 1 : 0);
  if (search.socialStatus) query = query.where('social_status', '=', search.socialStatus);
  if (search.serviceId !== null) {
    const serviceId = search.serviceId;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('beneficiary_services').select('beneficiary_id').where('service_id', '=', serviceId),
    );
  }
  if (search.ageBand) {
    const { latest, after } = birthDateBounds(search.ageBand, today);
    query = query.where('birth_date', '<=', latest);
    if (after !== null) query = query.where('birth_date', '>', after);
  }
  return query;
}

/** One page of matching people in alphabetical order (folded, so both scripts interleave), with the total. */
export async function searchBeneficiaries(db: Db, search: PeopleSearch, today: string): Promise<PeoplePage> {
  const base = filtered(db, search, today);
  const offset = (search.page - 1) * search.pageSize;
  const rows = await base
    .select([
      'id',
      'family_name',
      'given_name',
      'patronymic',
      'birth_date',
      'sex',
      'pinfl',
      'status',
      'has_disability',
      'social_status',
    ])
    .orderBy('search_text')
    .orderBy('id')
    .limit(search.pageSize)
    .offset(offset)
    .execute();
  // A short page that holds something is the end of the list, so its length gives the total without a second
  // scan: a search by name, the usual case, matches fewer people than a page holds.
  const total =
    rows.length > 0 && rows.length < search.pageSize
      ? offset + rows.length
      : (await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()).total;

  const ids = rows.map((row) => row.id);
  const guardians =
    ids.length === 0
      ? []
      : await db
          .selectFrom('guardians')
          .select(['beneficiary_id', 'relation', 'family_name', 'given_name', 'patronymic', 'phone'])
          .where('beneficiary_id', 'in', ids)
          .where('is_primary', '=', 1)
          .execute();
  const primaryOf = new Map(guardians.map((g) => [g.beneficiary_id, g]));

  const items: BeneficiarySummary[] = rows.map((row) => {
    const guardian = primaryOf.get(row.id);
    return {
      id: row.id,
      familyName: row.family_name,
      givenName: row.given_name,
      patronymic: row.patronymic,
      birthDate: row.birth_date,
      age: ageInYears(row.birth_date, today),
      sex: row.sex as Sex,
      pinfl: row.pinfl,
      status: row.status as BeneficiaryStatus,
      hasDisability: row.has_disability === 1,
      socialStatus: row.social_status as SocialStatus,
      primaryGuardian: guardian
        ? {
            relation: guardian.relation as GuardianRelation,
            familyName: guardian.family_name,
            givenName: guardian.given_name,
            patronymic: guardian.patronymic,
            phone: guardian.phone,
          }
        : null,
    };
  });
  return { items, total, page: search.page, pageSize: search.pageSize };
}
