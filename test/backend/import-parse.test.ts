import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, parseTable, TableError } from '../../electron/backend/import/parse-table';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Roʻyxat');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading referral lists', () => {
  it('reads a CSV saved with semicolons and a byte-order mark, in Cyrillic', async () => {
    const table = await parseTable(
      'roʻyxat.csv',
      utf8('\uFEFFФамилия;Имя;Дата рождения\nКаримов;Шаҳзод;21.03.2019\n"Ғуломова; ";Мадина;01.09.2018\n'),
    );
    expect(table).toEqual({
      headers: ['Фамилия', 'Имя', 'Дата рождения'],
      headerRowNumber: 1,
      rows: [
        { number: 2, cells: ['Каримов', 'Шаҳзод', '21.03.2019'] },
        { number: 3, cells: ['Ғуломова;', 'Мадина', '01.09.2018'] },
      ],
    });
  });

  it('reads a comma CSV, pads short rows and keeps the row numbers a spreadsheet shows', async () => {
    const table = await parseTable('list.CSV', utf8('a,b,c\n1,2\n\n4,5,6\n'));
    expect(table.rows).toEqual([
      { number: 2, cells: ['1', '2', ''] },
      { number: 4, cells: ['4', '5', '6'] },
    ]);
  });

  it('reads a CSV that Excel saved in the Windows-1251 code page', async () => {
    const cp1251 = (text: string) =>
      Uint8Array.from(text, (char) => {
        const code = char.charCodeAt(0);
        if (code < 0x80) return code;
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        throw new Error(`not in the test's table: ${char}`);
      });
    const table = await parseTable('ro.csv', cp1251('Фамилия;Имя\r\nКаримова;Мадина\r\n'));
    expect(table.headers).toEqual(['Фамилия', 'Имя']);
    expect(table.rows[0]!.cells).toEqual(['Каримова', 'Мадина']);
  });

  it('skips title lines above the header when told what a header looks like', async () => {
    const text = 'Asaka tumani roʻyxati;;\n;;\nFamiliya;Ism;Izoh\nKarimov;Shahzod;\n';
    const table = await parseTable('l.csv', utf8(text), (cells) => cells.includes('Familiya'));
    expect(table.headerRowNumber).toBe(3);
    expect(table.headers).toEqual(['Familiya', 'Ism', 'Izoh']);
    expect(table.rows).toEqual([{ number: 4, cells: ['Karimov', 'Shahzod', ''] }]);
    // Without the hint the first non-empty line is the header.
    expect((await parseTable('l.csv', utf8(text))).headerRowNumber).toBe(1);
  });

  it('reads the first sheet of an XLSX file with dates, numbers and rich text as text', async () => {
    const bytes = await xlsx([
      ['Familiya', 'Ism', 'Tugʻilgan sana', 'JShShIR'],
      [
        'Karimov',
        { richText: [{ text: 'Shah' }, { text: 'zod' }] },
        new Date(Date.UTC(2019, 2, 21)),
        62103190120019,
      ],
      [],
      ['Gʻulomova', 'Madina', '01.09.2018', null],
    ]);
    expect(await parseTable('list.xlsx', bytes)).toEqual({
      headers: ['Familiya', 'Ism', 'Tugʻilgan sana', 'JShShIR'],
      headerRowNumber: 1,
      rows: [
        { number: 2, cells: ['Karimov', 'Shahzod', '2019-03-21', '62103190120019'] },
        { number: 4, cells: ['Gʻulomova', 'Madina', '01.09.2018', ''] },
      ],
    });
  });

  it('refuses files it cannot read, with the reason', async () => {
    const problem = (promise: Promise<unknown>) =>
      promise.then(
        () => 'read',
        (error: unknown) => (error instanceof TableError ? error.problem : String(error)),
      );
    expect(await problem(parseTable('list.xls', utf8('old excel')))).toBe('unsupportedFile');
    expect(await problem(parseTable('list.xlsx', utf8('not a zip')))).toBe('unreadableFile');
    expect(await problem(parseTable('list.csv', utf8('only;a;header\n')))).toBe('emptyFile');
    expect(await problem(parseTable('list.csv', utf8('')))).toBe('emptyFile');
    const tooMany = 'h\n' + 'x\n'.repeat(MAX_IMPORT_ROWS + 1);
    expect(await problem(parseTable('list.csv', utf8(tooMany)))).toBe('tooManyRows');
  });
});
