import type { Backend } from '../../electron/backend';
import { makePinfl } from '../../shared/domain/pinfl';
import { openTestBackend } from './backend-fixture';

/** The backend's clock in these tests: 10 March 2026, 09:00 in Tashkent. */
export const NOW = new Date('2026-03-10T04:00:00Z');

export function openImportBackend(log?: (message: string) => void): Promise<Backend> {
  return openTestBackend({ clock: () => NOW, ...(log && { log }) });
}

export const HEADER = [
  'Familiyasi',
  'Ismi',
  'Otasining ismi',
  'Tugʻilgan sana',
  'Jinsi',
  'JShShIR',
  'Tuman',
  'Ota-onasining F.I.Sh.',
  'Kim boʻladi',
  'Telefon (ota-onasi)',
];

export const PINFLS = {
  shahzod: makePinfl('2019-05-14', 'male', 203, 17),
  madina: makePinfl('2018-09-01', 'female', 203, 4),
  bobur: makePinfl('2020-01-30', 'male', 203, 9),
  sevara: makePinfl('2017-11-02', 'female', 203, 21),
};

/** A person's row in the order of HEADER. */
export type Row = [string, string, string, string, string, string, string, string, string, string];

export const ROWS = {
  shahzod: [
    'Karimov',
    'Shahzod',
    'Alisher oʻgʻli',
    '14.05.2019',
    'oʻgʻil',
    PINFLS.shahzod,
    'Asaka tumani',
    'Karimova Dilnoza Rustamovna',
    'onasi',
    '+998 90 123 45 67',
  ],
  madina: [
    'Гуломова',
    'Мадина',
    'Баҳодир қизи',
    '01.09.2018',
    'қиз',
    PINFLS.madina,
    'Балиқчи тумани',
    'Гуломов Баҳодир Акмалович',
    'отаси',
    '93 765 43 21',
  ],
  bobur: ['Toshpoʻlatov', 'Bobur', '', '30.01.2020', 'erkak', PINFLS.bobur, 'Andijon shahri', '', '', ''],
  sevara: [
    'Yusupova',
    'Sevara',
    'Anvarovna',
    '2017-11-02',
    'ayol',
    PINFLS.sevara,
    'Marhamat tumani',
    'Yusupova Nodira',
    'onasi',
    '91 555 12 12',
  ],
} satisfies Record<string, Row>;

/** A CSV as Excel saves it on an Uzbek or Russian Windows: semicolons, CRLF, a byte-order mark. */
export function csv(rows: string[][], header: string[] = HEADER): string {
  const line = (cells: string[]) =>
    cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';');
  return '\uFEFF' + [header, ...rows].map(line).join('\r\n') + '\r\n';
}

export function file(rows: string[][], header?: string[]) {
  return { fileName: 'yollanmalar.csv', contentBase64: Buffer.from(csv(rows, header)).toString('base64') };
}

/** Rows in the tables an import writes to: a failed import must leave them unchanged. */
export async function storedCounts(backend: Backend) {
  const count = async (table: 'beneficiaries' | 'guardians') =>
    Number(
      (
        await backend.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { beneficiaries: await count('beneficiaries'), guardians: await count('guardians') };
}
