import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { ru } from '../../shared/i18n/catalogues/ru';
import { en } from '../../shared/i18n/catalogues/en';
import { uzCyrl } from '../../shared/i18n/catalogues/uz-Cyrl';
import { fieldsOf } from './attendance-fixture';
import { openExportCentre, type ExportCentre } from './export-fixture';
import { call } from './schedule-fixture';

type Input = ChannelInput<'dataExport.spreadsheet'>;

async function exported(centre: ExportCentre, input: Input) {
  const file = await call(centre.backend, 'dataExport.spreadsheet', input);
  return { ...file, buffer: Buffer.from(file.bytes, 'base64') };
}

async function readXlsx(buffer: Buffer): Promise<{ name: string; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

function readCsv(buffer: Buffer, delimiter: string): string[][] {
  const text = buffer.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const MARCH = { from: '2026-03-01', to: '2026-03-31' } as const;

describe('spreadsheet exports', () => {
  it('writes the people of a period to XLSX in Russian, dates as dates, whatever the interface language', async () => {
    const centre = await openExportCentre();
    const file = await exported(centre, {
      dataset: 'beneficiaries',
      format: 'xlsx',
      language: 'ru',
      ...MARCH,
    });
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.fileName).toBe('imkon-people-2026-03-01-2026-03-31.xlsx');
    const { name, rows } = await readXlsx(file.buffer);
    expect(name).toBe('Люди');
    const [header, ...people] = rows;
    expect(header!.slice(0, 6)).toEqual(['№', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Пол']);
    expect(header).toContain(ru.people.fields.status);
    // The two children, the five pool children; discharged in 2020 is before the period, 2024 too.
    expect(people).toHaveLength(7);
    const shahzod = people.find((row) => row[2] === 'Shahzod')!;
    expect(shahzod[0]).toEqual(expect.any(Number));
    expect(shahzod[4]).toEqual(new Date(Date.UTC(2019, 4, 14)));
    const column = (label: string) => header!.indexOf(label);
    expect(shahzod[column(ru.people.fields.status)]).toBe(ru.people.status.active);
    expect(shahzod[column(ru.people.fields.sex)]).toBe(ru.people.sex.male);
    expect(shahzod[column(ru.people.fields.socialStatus)]).toBe(ru.people.socialStatus.low_income);
    expect(shahzod[column(ru.people.fields.region)]).toBe('Андижанская область');
    expect(shahzod[column(ru.people.fields.referralDate)]).toEqual(new Date(Date.UTC(2026, 1, 20)));
    expect(shahzod[column(ru.people.fields.primaryGuardian)]).toBe('Karimova Dilnoza Rustamovna (Мать)');
    expect(shahzod[column(ru.people.fields.pinfl)]).toEqual(expect.stringMatching(/^\d{14}$/));
  });

  it('keeps people discharged during the period and leaves archived people out', async () => {
    const centre = await openExportCentre();
    const input = {
      dataset: 'beneficiaries',
      format: 'csv',
      language: 'en',
      from: '2020-01-01',
      to: '2020-12-31',
    } as const;
    const names = async () =>
      readCsv((await exported(centre, input)).buffer, ',')
        .slice(1)
        .map((row) => row[2]);
    expect(await names()).toEqual(['Javohir', 'Oybek']);
    await call(centre.backend, 'archive.archive', { ids: [centre.longGone] });
    expect(await names()).toEqual(['Javohir']);
  });

  it('writes the sessions of a period to CSV in Uzbek Cyrillic with a BOM, semicolons and ISO dates', async () => {
    const centre = await openExportCentre();
    const file = await exported(centre, {
      dataset: 'sessions',
      format: 'csv',
      language: 'uz-Cyrl',
      from: '2026-03-16',
      to: '2026-03-19',
    });
    expect(file.mime).toBe('text/csv;charset=utf-8');
    const [header, ...rows] = readCsv(file.buffer, ';');
    const c = uzCyrl.dataExport.columns;
    expect(header).toEqual([
      c.date,
      c.startTime,
      c.minutes,
      c.service,
      c.group,
      c.specialist,
      c.room,
      c.people,
      c.peopleCount,
      c.sessionStatus,
      c.cancelReason,
      c.cancelNote,
    ]);
    // Monday's speech therapy, the pool group's Tuesday and Thursday.
    expect(rows.map((r) => [r[0], r[1], r[3], r[8]])).toEqual([
      ['2026-03-16', '10:00', 'Логопед машғулоти', '1'],
      ['2026-03-17', '10:00', 'Сузиш ҳавзаси', '2'],
      ['2026-03-19', '10:00', 'Сузиш ҳавзаси', '2'],
    ]);
    expect(rows[0]![9]).toBe(uzCyrl.dataExport.values.sessionStatus.scheduled);
  });

  it('writes attendance with the marks named in English', async () => {
    const centre = await openExportCentre();
    const file = await exported(centre, {
      dataset: 'attendance',
      format: 'xlsx',
      language: 'en',
      from: '2026-03-16',
      to: '2026-03-17',
    });
    const { rows } = await readXlsx(file.buffer);
    const [header, ...marks] = rows;
    const col = (label: string) => header!.indexOf(label);
    const mark = col(en.dataExport.columns.mark);
    expect(
      marks.map((r) => [
        r[col(en.people.fields.givenName)],
        r[mark],
        r[col(en.dataExport.columns.reason)] ?? null,
      ]),
    ).toEqual([
      ['Shahzod', 'Late', null],
      ['Aziz', 'Present', null],
      ['Bekzod', 'Absent, excused', 'Shamollagan'],
    ]);
    expect(marks[1]![col(en.dataExport.columns.arrivedAt)]).toBe('09:55');
    expect(marks[0]![0]).toEqual(new Date(Date.UTC(2026, 2, 16)));
  });

  it('keeps typed text that looks like a formula as text in CSV', async () => {
    const centre = await openExportCentre();
    await centre.backend.db
      .updateTable('beneficiaries')
      .set({ mahalla: '=HYPERLINK("http://x")' })
      .where('id', '=', centre.child)
      .execute();
    const rows = readCsv(
      (await exported(centre, { dataset: 'beneficiaries', format: 'csv', language: 'en', ...MARCH })).buffer,
      ',',
    );
    const header = rows[0]!;
    const row = rows.find((r) => r[2] === 'Shahzod')!;
    expect(row[header.indexOf(en.people.fields.mahalla)]).toBe(`'=HYPERLINK("http://x")`);
    expect(row[header.indexOf(en.people.fields.phone)]).toBe('');
    expect(row[header.indexOf(en.dataExport.columns.guardianPhone)]).toBe('+998901234567');
  });

  it('refuses a period that ends before it starts, or is longer than ten years', async () => {
    const centre = await openExportCentre();
    const base = { dataset: 'sessions', format: 'xlsx', language: 'ru' } as const;
    expect(
      fieldsOf(
        await centre.backend.handle('dataExport.spreadsheet', {
          ...base,
          from: '2026-03-10',
          to: '2026-03-09',
        }),
      ),
    ).toEqual({
      to: { key: 'dataExport.validation.toBeforeFrom' },
    });
    expect(
      fieldsOf(
        await centre.backend.handle('dataExport.spreadsheet', {
          ...base,
          from: '2010-01-01',
          to: '2026-03-09',
        }),
      ),
    ).toEqual({
      to: { key: 'dataExport.validation.periodTooLong' },
    });
    expect(
      fieldsOf(
        await centre.backend.handle('dataExport.spreadsheet', {
          ...base,
          from: '2026-02-30',
          to: '2026-03-09',
        }),
      ),
    ).toEqual({
      from: { key: 'validation.date' },
    });
  });
});
