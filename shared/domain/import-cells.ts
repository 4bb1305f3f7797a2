import { isCalendarDate } from './calendar';
import type {
  BeneficiaryStatus,
  DisabilityGroup,
  GuardianRelation,
  PersonName,
  Sex,
  SocialStatus,
} from './people';
import { foldForSearch } from './search-fold';

/**
 * Reading the cells of a referral list: the words district centres write for sex, yes and no, disability
 * groups, registers and relations, in any of the four languages and either script. Each reader gets a
 * non-empty cell and returns the value, or null when it cannot tell what the cell means.
 */

const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');

/**
 * A date as lists write it: 21.03.2019, 1.3.2019, 21/03/2019, 21-03-2019, 2019-03-21 (also with a time, as
 * spreadsheets export dates), with or without a trailing "y." or "г.". Two-digit years are refused: for a
 * birth date "19" may be 1919 or 2019.
 */
export function readDate(cell: string): string | null {
  const text = cell
    .trim()
    .replace(/\s*(yil|y|г|год|года)\.?$/iu, '')
    .trim();
  let iso: string | null = null;
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?: [\d:]+)?$/.exec(text);
  const yearFirst = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?:[ T][\d:.]+Z?)?$/.exec(text);
  if (dayFirst) iso = `${dayFirst[3]}-${pad(dayFirst[2])}-${pad(dayFirst[1])}`;
  else if (yearFirst) iso = `${yearFirst[1]}-${pad(yearFirst[2])}-${pad(yearFirst[3])}`;
  return iso !== null && isCalendarDate(iso) ? iso : null;
}

const key = foldForSearch;

function lookup<T>(table: Record<string, T>, cell: string): T | null {
  return table[key(cell)] ?? null;
}

const SEX_WORDS: Record<string, Sex> = {};
for (const word of [
  'oʻgʻil',
  'oʻgʻil bola',
  'erkak',
  'ўғил',
  'эркак',
  'м',
  'муж',
  'мужской',
  'мужчина',
  'мальчик',
  'male',
  'man',
  'boy',
]) {
  SEX_WORDS[key(word)] = 'male';
}
for (const word of [
  'qiz',
  'qiz bola',
  'ayol',
  'қиз',
  'аёл',
  'ж',
  'жен',
  'женский',
  'женщина',
  'девочка',
  'female',
  'f',
  'woman',
  'girl',
]) {
  SEX_WORDS[key(word)] = 'female';
}

export function readSex(cell: string): Sex | null {
  return lookup(SEX_WORDS, cell.replace(/\.$/, ''));
}

const YES = new Set(['ha', 'bor', 'ҳа', 'бор', 'да', 'есть', 'yes', 'y', 'true', '1'].map(key));
const NO = new Set(['yoʻq', 'йўқ', 'нет', 'no', 'n', 'false', '0'].map(key));

/** Yes or no; null for anything else. "+" and "-" are kept apart from folding, which drops them. */
export function readYesNo(cell: string): boolean | null {
  const text = cell.trim().toLocaleLowerCase('ru');
  if (text === '+') return true;
  if (text === '-' || text === '—') return false;
  const folded = key(text);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return null;
}

const ROMAN: Record<string, DisabilityGroup> = { i: '1', ii: '2', iii: '3' };

/**
 * A disability group: "1", "II", "2-guruh", "3 группа", "group 1"; a child's disability ("nogironligi bor
 * bola", "ребёнок-инвалид", "child"); one being established ("aniqlanmoqda", "устанавливается", "pending").
 */
export function readDisabilityGroup(cell: string): DisabilityGroup | null {
  const words = key(cell).split(' ');
  // A digit first: "bolalikdan nogiron, 2-guruh" is an adult disabled since childhood, in group 2.
  const digit = words.find((w) => /^[123]$/.test(w) || Object.hasOwn(ROMAN, w));
  if (digit !== undefined) return ROMAN[digit] ?? (digit as DisabilityGroup);
  if (words.some((w) => /^(bola|rebenok|rebyonok|child)/.test(w))) return 'child';
  if (words.some((w) => /^(aniklan|belgilan|ustanavliv|pending)/.test(w))) return 'pending';
  return null;
}

/**
 * The family's social register: near poverty first, because its words ("kambagʻallik chegarasida", "на грани
 * бедности") contain those of the poverty register.
 */
export function readSocialStatus(cell: string): SocialStatus | null {
  const text = key(cell);
  if (/chegara|grani|near/.test(text)) return 'near_poverty';
  if (/kambagal|bednost|poverty|temir daftar|jeleznaya tetrad/.test(text)) return 'poverty_register';
  if (/kam taminlan|maloobespech|low income/.test(text)) return 'low_income';
  if (readYesNo(cell) === false || /^(reestrda yok|none|ne sostoit)/.test(text)) return 'none';
  return null;
}

const RELATIONS: Array<[GuardianRelation, RegExp]> = [
  ['grandmother', /^(buvi|buvisi|babushka|grandmother|grandma)$/],
  ['grandfather', /^(bobo|bobosi|dedushka|ded|grandfather|grandpa)$/],
  ['mother', /^(ona|onasi|mat|mama|mother|mum|mom)$/],
  ['father', /^(ota|otasi|otets|papa|father|dad)$/],
  ['sibling', /^(aka|uka|opa|singil|singlisi|brat|sestra|brother|sister|sibling)/],
  ['guardian', /^(vasiy|vasiysi|opekun|opekunsha|zakonniy predstavitel|guardian|legal guardian)$/],
  ['other', /^(boshka|boshqa|drugoe|drugoy|other|kinsman|relative)$/],
];

export function readRelation(cell: string): GuardianRelation | null {
  const text = key(cell);
  return RELATIONS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

const STATUSES: Array<[BeneficiaryStatus, RegExp]> = [
  ['waiting', /^(navbatda|kutmokda|kutilmokda|ojidaet|v ocheredi|ochered|waiting|referred)/],
  ['active', /^(faol|hizmat|aktiv|obsluj|active|served)/],
  ['discharged', /^(chikarilgan|chikdi|vibil|vipisan|discharged|left)/],
];

export function readStatus(cell: string): BeneficiaryStatus | null {
  const text = key(cell);
  return STATUSES.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/**
 * A full name as written in documents, family name first: "Karimova Dilnoza Rustamovna", "Karimov Shahzod
 * Alisher oʻgʻli" (an Uzbek patronymic is two words). Everything after the given name is the patronymic.
 */
export function splitFullName(cell: string): PersonName {
  const [familyName = '', givenName = '', ...rest] = cell.trim().split(/\s+/);
  return { familyName, givenName, patronymic: rest.join(' ') };
}
