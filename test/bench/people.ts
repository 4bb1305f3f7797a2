import type { Backend } from '../../electron/backend';
import { queryTerms } from '../../electron/backend/people/search';
import { measure, report } from './measure';

const RUNS = { runs: 400, warmup: 40 };

/**
 * The floor: the bare better-sqlite3 LIKE query for one page, the same words in the same order. The channel adds
 * validation, the exact PINFL/phone matches, the centre's date, the primary guardians of the page and, when the
 * page is full, a count of all matches (a second scan).
 */
function bareSearch(backend: Backend, query: string) {
  const terms = queryTerms(query);
  const where = terms.length === 0 ? '1' : terms.map(() => 'search_text like ?').join(' and ');
  const args = terms.map((term) => `%${term}%`);
  const page = backend.raw.prepare(
    `select id, family_name, given_name, patronymic, birth_date, sex, pinfl, status, has_disability, social_status
     from beneficiaries where ${where} order by search_text, id limit 50`,
  );
  return () => page.all(...args);
}

async function searchOnce(backend: Backend, input: Record<string, unknown>): Promise<number> {
  const result = await backend.handle('people.search', input);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { total: number }).total;
}

/** people.search over a large centre, per kind of query, each beside its bare-SQL floor. */
export async function benchPeople(backend: Backend): Promise<void> {
  const sample = backend.raw
    .prepare(
      `select b.pinfl, g.phone from beneficiaries b join guardians g on g.beneficiary_id = b.id
       where b.pinfl is not null and g.phone is not null limit 1 offset 1234`,
    )
    .get() as { pinfl: string; phone: string };
  const kinds: Array<[string, Record<string, unknown>]> = [
    ['empty query, first page', {}],
    ['part of a name, Latin ("karim")', { query: 'karim' }],
    ['a name in Cyrillic ("Шахзод")', { query: 'Шахзод' }],
    ['two words ("karimova dilnoza")', { query: 'karimova dilnoza' }],
    ['whole PINFL', { query: sample.pinfl }],
    [
      'guardian’s phone as typed',
      { query: sample.phone.replace(/^\+998(\d\d)(\d{3})(\d\d)(\d\d)$/, '$1 $2-$3-$4') },
    ],
  ];
  const total = await searchOnce(backend, {});
  console.log(`\npeople.search over ${total} beneficiaries (${RUNS.runs} runs each)`);
  for (const [name, input] of kinds) {
    const found = await searchOnce(backend, input);
    const floor = await measure(`bare SQL: ${name}`, bareSearch(backend, String(input.query ?? '')), RUNS);
    const channel = await measure(`people.search: ${name}`, () => searchOnce(backend, input), RUNS);
    report(`${name}: ${found} found`, floor, [channel]);
  }
  const filtered = { status: 'active', ageBand: 'school', hasDisability: true, page: 2 };
  const channel = await measure(
    'people.search: active, 7–17, disability, page 2',
    () => searchOnce(backend, filtered),
    RUNS,
  );
  const bareFiltered = backend.raw.prepare(
    `select id from beneficiaries where status = 'active' and has_disability = 1
     and birth_date <= ? and birth_date > ? order by search_text, id limit 50 offset 50`,
  );
  const floor = await measure(
    'bare SQL: the same filters',
    () => bareFiltered.all('2019-11-21', '2008-11-21'),
    RUNS,
  );
  report('filters only', floor, [channel]);
}
