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
      rows: [
        ['Каримов', 'Шаҳзод', '21.03.2019'],
        ['Ғуломова;', 'Мадина', '01.09.2018'],
      ],
    });
  });

  it('reads a comma CSV and pads short rows', async () => {
    const table = await parseTable('list.CSV', utf8('a,b,c\n1,2\n\n4,5,6\n'));
    expect(table.rows).toEqual([
      ['1', '2', ''],
      ['4', '5', '6'],
    ]);
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
      rows: [
        ['Karimov', 'Shahzod', '2019-03-21', '62103190120019'],
        ['Gʻulomova', 'Madina', '01.09.2018', ''],
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
