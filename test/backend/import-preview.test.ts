import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/contract/import';
import { makePinfl } from '../../shared/domain/pinfl';
import { expectOk } from './backend-fixture';
import { file, HEADER, openImportBackend, PINFLS, ROWS, storedCounts, type Row } from './import-fixture';

const brokenPinfl = (pinfl: string) => pinfl.slice(0, 13) + String((Number(pinfl[13]) + 1) % 10);

async function preview(backend: Awaited<ReturnType<typeof openImportBackend>>, input: object) {
  return expectOk(await backend.handle('import.preview', input)) as ImportPreview;
}

describe('previewing a referral list', () => {
  it('maps the columns from the headers and checks every row, writing nothing', async () => {
    const backend = await openImportBackend();
    const badPinfl: Row = [...ROWS.bobur];
    badPinfl[5] = brokenPinfl(PINFLS.bobur);
    const noBirthDate: Row = [...ROWS.sevara];
    noBirthDate[3] = '';
    const result = await preview(backend, file([ROWS.shahzod, ROWS.madina, badPinfl, noBirthDate]));

    expect(result.headers).toEqual(HEADER);
    expect(result.headerRowNumber).toBe(1);
    expect(result.missingFields).toEqual([]);
    expect(result.mapping).toEqual(result.suggestedMapping);
    expect(result.mapping).toMatchObject({
      familyName: 0,
      givenName: 1,
      patronymic: 2,
      birthDate: 3,
      sex: 4,
      pinfl: 5,
      district: 6,
      guardianName: 7,
      guardianRelation: 8,
      guardianPhone: 9,
      fullName: null,
    });
    expect(result.counts).toEqual({ total: 4, valid: 2, invalid: 2, duplicates: 0 });
    expect(result.rows.map((r) => [r.rowNumber, r.status, r.issues])).toEqual([
      [2, 'valid', {}],
      [3, 'valid', {}],
      [4, 'invalid', { pinfl: { key: 'validation.pinflChecksum' } }],
      [5, 'invalid', { birthDate: { key: 'validation.required' } }],
    ]);
    expect(result.rows[1]!.person).toMatchObject({
      familyName: 'Гуломова',
      birthDate: '2018-09-01',
      sex: 'female',
      regionCode: 'andijan',
      districtCode: 'andijan.baliqchi',
      status: 'waiting',
      guardians: [{ relation: 'father', familyName: 'Гуломов', givenName: 'Баҳодир', phone: '93 765 43 21' }],
    });
    expect(result.rows[0]!.cells).toMatchObject({ familyName: 'Karimov', district: 'Asaka tumani' });
    expect(await storedCounts(backend)).toEqual({ beneficiaries: 0, guardians: 0 });
  });

  it('refuses a PINFL already recorded and marks a recorded name and birth date as a possible duplicate', async () => {
    const backend = await openImportBackend();
    const first = await preview(backend, file([ROWS.shahzod]));
    expect(first.counts.valid).toBe(1);
    expectOk(await backend.handle('import.commit', file([ROWS.shahzod, ROWS.madina])));

    // The same Madina with another PINFL (a typing mistake in the list, or a namesake born the same day).
    const otherMadina: Row = [...ROWS.madina];
    otherMadina[5] = makePinfl('2018-09-01', 'female', 203, 99);
    const result = await preview(backend, file([ROWS.shahzod, otherMadina, ROWS.bobur]));
    expect(result.counts).toEqual({ total: 3, valid: 1, invalid: 1, duplicates: 1 });
    expect(result.rows[0]).toMatchObject({
      status: 'invalid',
      issues: { pinfl: { key: 'people.validation.pinflTaken' } },
    });
    expect(result.rows[1]).toMatchObject({
      status: 'duplicate',
      issues: {},
      duplicateOf: [{ name: 'Гуломова Мадина Баҳодир қизи', birthDate: '2018-09-01', match: 'name' }],
      duplicateOfRow: null,
    });
  });

  it('refuses a PINFL the file repeats and marks a repeated name and birth date', async () => {
    const backend = await openImportBackend();
    const samePinfl: Row = [...ROWS.shahzod];
    samePinfl[1] = 'Shohruh';
    const sameName: Row = [...ROWS.madina];
    sameName[5] = makePinfl('2018-09-01', 'female', 203, 99);
    const result = await preview(backend, file([ROWS.shahzod, ROWS.madina, samePinfl, sameName]));
    expect(result.rows.map((r) => [r.rowNumber, r.status, r.issues, r.duplicateOfRow])).toEqual([
      [2, 'valid', {}, null],
      [3, 'valid', {}, null],
      [4, 'invalid', { pinfl: { key: 'peopleImport.validation.pinflRepeated', params: { row: 2 } } }, null],
      [5, 'duplicate', {}, 3],
    ]);
  });

  it('applies the rules that need today’s date', async () => {
    const backend = await openImportBackend();
    const unborn: Row = [...ROWS.bobur];
    unborn[3] = '01.04.2026';
    unborn[5] = makePinfl('2026-04-01', 'male', 203, 1);
    const result = await preview(backend, file([unborn]));
    expect(result.rows[0]!.issues).toEqual({ birthDate: { key: 'validation.dateInFuture' } });
  });

  it('uses the mapping and defaults sent, and says which needed fields no column gives', async () => {
    const backend = await openImportBackend();
    const input = file([ROWS.shahzod, ROWS.bobur]);
    const result = await preview(backend, {
      ...input,
      mapping: { familyName: 0, givenName: 1, pinfl: 5 },
      defaults: {
        status: 'waiting',
        referralCentre: 'Asaka tumani «Inson» markazi',
        referralDate: '2026-03-01',
      },
    });
    expect(result.missingFields).toEqual(['birthDate']);
    expect(result.mapping.birthDate).toBeNull();
    expect(result.suggestedMapping.birthDate).toBe(3);
    expect(result.rows[0]!.issues).toEqual({ birthDate: { key: 'validation.required' } });
    expect(result.rows[0]!.person).toMatchObject({
      sex: 'male',
      referralCentre: 'Asaka tumani «Inson» markazi',
      referralDate: '2026-03-01',
      guardians: [],
    });

    const outside = await backend.handle('import.preview', { ...input, mapping: { familyName: 10 } });
    expect(outside).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { 'mapping.familyName': { key: 'validation.invalidChoice' } } },
      },
    });
  });

  it('explains a file it cannot read', async () => {
    const backend = await openImportBackend();
    const refused = async (fileName: string, content: string) => {
      const result = await backend.handle('import.preview', {
        fileName,
        contentBase64: Buffer.from(content).toString('base64'),
      });
      return result.ok ? null : result.error.details?.fields;
    };
    expect(await refused('list.xls', 'x')).toEqual({
      contentBase64: { key: 'peopleImport.validation.unsupportedFile', params: { formats: 'CSV, XLSX' } },
    });
    expect(await refused('list.xlsx', 'not a zip')).toEqual({
      contentBase64: { key: 'peopleImport.validation.unreadableFile' },
    });
    expect(await refused('list.csv', 'Familiya;Ism\n')).toEqual({
      contentBase64: { key: 'peopleImport.validation.emptyFile' },
    });
    const notBase64 = await backend.handle('import.preview', { fileName: 'a.csv', contentBase64: '%%%' });
    expect(notBase64.ok).toBe(false);
  });

  it('reads an XLSX list with a title line, real date cells and numeric PINFLs', async () => {
    const backend = await openImportBackend();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Roʻyxat');
    sheet.addRow(['Asaka tumani «Inson» markazi yoʻllanmalari, mart 2026']);
    sheet.addRow(['F.I.Sh.', 'Tugʻilgan sana', 'JShShIR', 'Nogironlik guruhi', 'Ijtimoiy reestr']);
    sheet.addRow([
      'Karimov Shahzod Alisher oʻgʻli',
      new Date(Date.UTC(2019, 4, 14)),
      Number(PINFLS.shahzod),
      'Nogironligi bor bola',
      'Kam taʼminlangan',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await preview(backend, {
      fileName: 'Asaka.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    expect(result.headerRowNumber).toBe(2);
    expect(result.rows[0]).toMatchObject({
      rowNumber: 3,
      status: 'valid',
      person: {
        familyName: 'Karimov',
        givenName: 'Shahzod',
        patronymic: 'Alisher oʻgʻli',
        birthDate: '2019-05-14',
        sex: 'male',
        hasDisability: true,
        disabilityGroup: 'child',
        socialStatus: 'low_income',
      },
    });
  });
});
