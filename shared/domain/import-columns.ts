import { foldForSearch } from './search-fold';

/**
 * The columns a referral list may have, and how to recognise them by their header in any of the four
 * languages and either script. District "Inson" centres each keep their own list layout, so headers are
 * matched loosely: folded (see search-fold.ts), word by word, with Uzbek and Russian endings allowed
 * ("Familiyasi", "Tugʻilgan sanasi", "Группа инвалидности").
 */
export const IMPORT_FIELDS = [
  'fullName',
  'familyName',
  'givenName',
  'patronymic',
  'birthDate',
  'sex',
  'pinfl',
  'birthCertificate',
  'region',
  'district',
  'mahalla',
  'address',
  'phone',
  'hasDisability',
  'disabilityGroup',
  'socialStatus',
  'referralCentre',
  'referralNumber',
  'referralDate',
  'status',
  'notes',
  'guardianName',
  'guardianRelation',
  'guardianPhone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (0-based) holds each field; null or absent when the file has none. */
export type ImportMapping = Partial<Record<ImportField, number | null>>;

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

const NAME_WORDS = [
  'F.I.Sh.',
  'FISh',
  'F.I.O.',
  'ФИО',
  'ФИШ',
  'Ismi sharifi',
  'Исми шарифи',
  'Full name',
  'Name',
];
const PHONE_WORDS = ['Telefon', 'Telefon raqami', 'Tel', 'Телефон', 'Тел', 'Phone', 'Phone number', 'Mobile'];

/**
 * Words that name a guardian's field only when the header also says whose it is: "Telefon" alone is the
 * person's phone, "Ota-onasining telefoni" the guardian's.
 */
const GUARDIAN_GENERIC: Partial<Record<ImportField, readonly string[]>> = {
  guardianName: [...NAME_WORDS, 'Ism', 'Ismi', 'Исми', 'Имя', 'Familiyasi', 'Фамилия'],
  guardianPhone: PHONE_WORDS,
};

const ALIASES: Record<ImportField, readonly string[]> = {
  fullName: [
    ...NAME_WORDS,
    'Familiya ism otasining ismi',
    'Familiyasi ismi sharifi',
    'Фамилия имя отчество',
    'Фамилияси исми шарифи',
    'Полное имя',
  ],
  familyName: ['Familiya', 'Familiyasi', 'Фамилия', 'Фамилияси', 'Surname', 'Family name', 'Last name'],
  givenName: ['Ism', 'Ismi', 'Исм', 'Исми', 'Имя', 'Given name', 'First name'],
  patronymic: [
    'Otasining ismi',
    'Отасининг исми',
    'Sharifi',
    'Шарифи',
    'Отчество',
    'Patronymic',
    'Middle name',
  ],
  birthDate: [
    'Tugʻilgan sana',
    'Tugʻilgan kuni',
    'Tugʻilgan',
    'Туғилган сана',
    'Дата рождения',
    'Д.р.',
    'Date of birth',
    'Birth date',
    'Birthday',
    'DOB',
  ],
  sex: ['Jinsi', 'Jins', 'Жинси', 'Пол', 'Sex', 'Gender'],
  pinfl: ['JShShIR', 'ЖШШИР', 'ПИНФЛ', 'PINFL', 'Shaxsiy identifikatsiya raqami', 'Personal number'],
  birthCertificate: [
    'Tugʻilganlik haqida guvohnoma',
    'Guvohnoma',
    'Metrika',
    'Гувоҳнома',
    'Метрика',
    'Свидетельство о рождении',
    'Свидетельство',
    'Birth certificate',
  ],
  region: ['Viloyat', 'Вилоят', 'Область', 'Регион', 'Region', 'Province'],
  district: [
    'Tuman',
    'Tuman shahar',
    'Shahar tuman',
    'Туман',
    'Район',
    'Район город',
    'District',
    'District city',
  ],
  mahalla: ['Mahalla', 'MFY', 'Маҳалла', 'Махалля', 'Махалла', 'МФЙ', 'Mahalla fuqarolar yigʻini'],
  address: [
    'Manzil',
    'Yashash manzili',
    'Koʻcha uy',
    'Манзил',
    'Адрес',
    'Адрес проживания',
    'Address',
    'Street',
  ],
  phone: PHONE_WORDS,
  hasDisability: ['Nogironligi', 'Nogironlik', 'Ногиронлиги', 'Инвалидность', 'Инвалид', 'Disability'],
  disabilityGroup: [
    'Nogironlik guruhi',
    'Ногиронлик гуруҳи',
    'Guruhi',
    'Группа инвалидности',
    'Группа',
    'Disability group',
  ],
  socialStatus: [
    'Ijtimoiy reestr',
    'Ijtimoiy holati',
    'Ijtimoiy himoya yagona reestri',
    'Reestr',
    'Ижтимоий реестр',
    'Ижтимоий ҳолати',
    'Социальный статус',
    'Социальный реестр',
    'Реестр',
    'Social status',
    'Social register',
  ],
  referralCentre: [
    'Yoʻllagan tashkilot',
    'Yoʻllagan markaz',
    'Kim tomonidan yoʻllangan',
    'Inson markazi',
    'Йўллаган ташкилот',
    'Кем направлен',
    'Направившая организация',
    'Referred by',
    'Referring centre',
  ],
  referralNumber: [
    'Yoʻllanma raqami',
    'Yoʻllanma',
    'Йўлланма рақами',
    'Номер направления',
    'Направления',
    'Referral number',
    'Referral',
  ],
  referralDate: ['Yoʻllanma sanasi', 'Йўлланма санаси', 'Дата направления', 'Referral date'],
  status: ['Holati', 'Ҳолати', 'Статус', 'Status'],
  notes: ['Izoh', 'Izohlar', 'Изоҳ', 'Примечание', 'Примечания', 'Комментарий', 'Notes', 'Comment'],
  guardianName: [
    'Ota-onasi',
    'Ota-ona',
    'Vasiysi',
    'Vasiy',
    'Ота-онаси',
    'Васийси',
    'Родитель',
    'Родители',
    'Законный представитель',
    'Опекун',
    'Parent',
    'Guardian',
  ],
  guardianRelation: [
    'Kim boʻladi',
    'Qarindoshligi',
    'Ким бўлади',
    'Қариндошлиги',
    'Родство',
    'Кем приходится',
    'Relation',
    'Relationship',
  ],
  guardianPhone: [],
};

/** Words that make a header about the guardian: "Ota-onasining telefoni", "ФИО родителя", "Mother's name". */
const GUARDIAN_MARKERS = [
  'Ota-ona',
  'Onasi',
  'Otasi',
  'Vasiy',
  'Ота-она',
  'Онаси',
  'Отаси',
  'Васий',
  'Родитель',
  'Мать',
  'Матери',
  'Отец',
  'Отца',
  'Опекун',
  'Представитель',
  'Parent',
  'Guardian',
  'Mother',
  'Father',
];

const words = (text: string) => foldForSearch(text).split(' ').filter(Boolean);
const fold = (aliases: readonly string[] = []) => aliases.map(words);
const FOLDED_ALIASES = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, fold(ALIASES[f])])) as Record<
  ImportField,
  string[][]
>;
const FOLDED_GENERIC = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, fold(GUARDIAN_GENERIC[f])])) as Record<
  ImportField,
  string[][]
>;
const FOLDED_MARKERS = fold(GUARDIAN_MARKERS);
const GUARDIAN_FIELDS = new Set<ImportField>(['guardianName', 'guardianRelation', 'guardianPhone']);

/** A header word matches a word of an alias exactly, or, for words of four letters or more, with an ending. */
function wordMatches(headerWord: string, aliasWord: string): boolean {
  return headerWord === aliasWord || (aliasWord.length >= 4 && headerWord.startsWith(aliasWord));
}

/** Whether the alias occurs as a run of words in the header; how well, as a score (0: not at all). */
function aliasScore(header: string[], alias: string[]): number {
  for (let start = 0; start + alias.length <= header.length; start += 1) {
    if (alias.every((word, i) => wordMatches(header[start + i] ?? '', word))) {
      const letters = alias.join('').length;
      // A header that is the alias and nothing else is a much surer match than one that contains it.
      return alias.length === header.length ? 100 + letters : letters;
    }
  }
  return 0;
}

const bestScore = (header: string[], aliases: string[][]) =>
  Math.max(0, ...aliases.map((alias) => aliasScore(header, alias)));

/** How well a column header names a field: 0 when it does not, higher for a surer match. */
export function headerScore(header: string, field: ImportField): number {
  const folded = words(header);
  if (folded.length === 0) return 0;
  const own = bestScore(folded, FOLDED_ALIASES[field]);
  const aboutGuardian = FOLDED_MARKERS.some((marker) => aliasScore(folded, marker) > 0);
  if (GUARDIAN_FIELDS.has(field)) {
    const generic = aboutGuardian ? bestScore(folded, FOLDED_GENERIC[field]) : 0;
    // The generic word says which of the guardian's fields it is ("telefoni"), the marker only whose.
    return Math.max(own, generic > 0 ? generic + 50 : 0);
  }
  // "Otasining ismi" is the patronymic, while "Otasining F.I.Sh." is about the father.
  if (aboutGuardian && own < 100) return 0;
  return own;
}

/**
 * The mapping a person would most likely choose: each field to the column whose header names it best, each
 * column used once, surer matches first.
 */
export function suggestMapping(headers: readonly string[]): Record<ImportField, number | null> {
  const pairs: Array<{ field: ImportField; column: number; score: number }> = [];
  headers.forEach((header, column) => {
    for (const field of IMPORT_FIELDS) {
      const score = headerScore(header, field);
      if (score > 0) pairs.push({ field, column, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as Record<
    ImportField,
    number | null
  >;
  const usedColumns = new Set<number>();
  for (const { field, column } of pairs) {
    if (mapping[field] !== null || usedColumns.has(column)) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  return mapping;
}

/** Whether a row looks like a header: it names at least two fields (a title line names none). */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const named = cells.filter((cell) => IMPORT_FIELDS.some((field) => headerScore(cell, field) > 0));
  return named.length >= 2;
}

/** A spreadsheet's column letter: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
