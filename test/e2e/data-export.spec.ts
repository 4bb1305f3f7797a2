import { gunzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createBackend, LOCAL_OPERATOR } from '../../electron/backend';
import type { ExportedFile } from '../../shared/contract/data-export';
import { makePinfl } from '../../shared/domain/pinfl';
import { formatCalendarDate } from '../../shared/i18n/dates';
import { formatNumber } from '../../shared/i18n/numbers';
import { catalogues, expect, languageSelect, test } from './fixtures';

// 20 March 2026, 11:00 in Tashkent: the backend's and the page's clock.
test.use({ now: '2026-03-20T06:00:00Z' });

const uz = catalogues['uz-Latn'].dataExport;

async function seed(call: (channel: 'people.create', input: unknown) => Promise<unknown>) {
  await call('people.create', {
    familyName: 'Karimov',
    givenName: 'Shahzod',
    birthDate: '2019-05-14',
    sex: 'male',
  });
  await call('people.create', {
    familyName: 'Гуломова',
    givenName: 'Мадина',
    birthDate: '2018-09-01',
    sex: 'female',
    referralDate: '2026-03-02',
  });
  await call('people.create', {
    familyName: 'Yusupov',
    givenName: 'Oybek',
    birthDate: '2010-02-11',
    sex: 'male',
    pinfl: makePinfl('2010-02-11', 'male', 203, 5),
    referralDate: '2017-09-01',
    consentDate: '2017-09-01',
    consentTakenBy: 'Yoʻldosheva M.',
    status: 'discharged',
    dischargeDate: '2019-06-30',
    dischargeReason: 'Oila koʻchib ketdi',
  });
}

async function exportAs(page: Page, format: 'xlsx' | 'csv', language: string): Promise<Download> {
  const formats = page.getByRole('radiogroup', { name: uz.sheet.format });
  await formats
    .getByRole('radio')
    .nth(format === 'xlsx' ? 0 : 1)
    .check();
  await page.getByLabel(uz.sheet.language).selectOption(language);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: uz.sheet.submit, exact: true }).click();
  return download;
}

test('exports the people of a period as XLSX in Russian and CSV in Uzbek Cyrillic from an Uzbek page', async ({
  page,
  gotoApp,
  call,
}, testInfo) => {
  await seed(call);
  await gotoApp('/settings/data');
  await expect(page.getByRole('heading', { level: 1, name: uz.nav })).toBeVisible();
  await page.getByRole('radio', { name: uz.datasets.beneficiaries }).check();
  await expect(page.getByLabel(uz.sheet.from)).toHaveValue('01.03.2026');
  await expect(page.getByLabel(uz.sheet.to)).toHaveValue('20.03.2026');

  // A period that ends before it starts is refused on its field, and nothing is downloaded.
  await page.getByLabel(uz.sheet.to).fill('28.02.2026');
  await page.getByRole('button', { name: uz.sheet.submit, exact: true }).click();
  await expect(page.getByText(uz.validation.toBeforeFrom)).toBeVisible();
  await page.getByLabel(uz.sheet.to).fill('20.03.2026');
  await expect(page.getByText(uz.validation.toBeforeFrom)).toBeHidden();

  await page.screenshot({ path: testInfo.outputPath('data-export-uz-Latn.png'), fullPage: true });
  const xlsx = await exportAs(page, 'xlsx', 'ru');
  expect(xlsx.suggestedFilename()).toBe('imkon-people-2026-03-01-2026-03-20.xlsx');
  await expect(page.getByText(uz.sheet.saved.replace('{{name}}', xlsx.suggestedFilename()))).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.name).toBe('Люди');
  const ru = catalogues.ru;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 5)).toEqual([
    '№',
    ru.people.fields.familyName,
    ru.people.fields.givenName,
    ru.people.fields.patronymic,
    ru.people.fields.birthDate,
  ]);
  const rows = [2, 3].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
  // Discharged in 2019, before the period: not in it. Names as stored, in either script.
  expect(rows.map((r) => r[1])).toEqual(['Гуломова', 'Karimov']);
  expect(sheet.rowCount).toBe(3);
  expect(rows[0]![4]).toEqual(new Date(Date.UTC(2018, 8, 1)));
  expect(rows[0]![header.indexOf(ru.people.fields.status)]).toBe(ru.people.status.waiting);
  expect(rows[0]![header.indexOf(ru.people.fields.sex)]).toBe(ru.people.sex.female);

  const csv = await exportAs(page, 'csv', 'uz-Cyrl');
  expect(csv.suggestedFilename()).toBe('imkon-people-2026-03-01-2026-03-20.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  const cyrl = catalogues['uz-Cyrl'];
  expect(parsed.data[0]!.slice(1, 3)).toEqual([cyrl.people.fields.familyName, cyrl.people.fields.givenName]);
  expect(
    parsed.data.slice(1).map((r) => [r[1], r[4], r[parsed.data[0]!.indexOf(cyrl.people.fields.status)]]),
  ).toEqual([
    ['Гуломова', '2018-09-01', cyrl.people.status.waiting],
    ['Karimov', '2019-05-14', cyrl.people.status.waiting],
  ]);
});

test('saves the full export and archives a person discharged long ago', async ({
  page,
  gotoApp,
  call,
}, testInfo) => {
  await seed(call);
  await gotoApp('/settings/data');
  await expect(page.getByRole('heading', { level: 1, name: uz.nav })).toBeVisible();
  await languageSelect(page, 'uz-Latn').selectOption('ru');
  const ru = catalogues.ru.dataExport;

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: ru.full.submit, exact: true }).click();
  const full = await download;
  expect(full.suggestedFilename()).toMatch(/^imkon-full-export-20260320-0600\.json\.gz$/);
  const doc = JSON.parse(gunzipSync(readFileSync(await full.path())).toString('utf8')) as {
    tables: Array<{ name: string; rows: unknown[] }>;
  };
  expect(doc.tables.find((t) => t.name === 'beneficiaries')?.rows).toHaveLength(3);

  const due = page.getByRole('table', { name: ru.archive.candidates });
  await expect(due.getByRole('row')).toHaveCount(2);
  await expect(due).toContainText('Yusupov Oybek');
  await page.screenshot({ path: testInfo.outputPath('data-export-ru.png'), fullPage: true });
  await page.getByRole('checkbox', { name: ru.archive.select.replace('{{name}}', 'Yusupov Oybek') }).check();
  await page.getByRole('button', { name: ru.archive.archiveSelected.replace('{{count}}', '1') }).click();
  await expect(page.getByText(ru.archive.archivedCount.replace('{{count}}', '1'))).toBeVisible();
  await expect(page.getByText(ru.archive.noCandidates)).toBeVisible();
  const archived = page.getByRole('table', { name: ru.archive.archived });
  await expect(archived).toContainText('Yusupov Oybek');

  // Gone from the people list; restored, back in it.
  const search = await call('people.search', { query: 'Oybek' });
  expect(search.items).toEqual([]);
  await archived
    .getByRole('button', { name: ru.archive.restoreName.replace('{{name}}', 'Yusupov Oybek') })
    .click();
  await expect(page.getByText(ru.archive.restored.replace('{{name}}', 'Yusupov Oybek'))).toBeVisible();
  await expect(page.getByText(ru.archive.noneArchived)).toBeVisible();
  expect((await call('people.search', { query: 'Oybek' })).items).toHaveLength(1);
});

/** A full export of another centre (the three people of `seed`), made by an installation of its own. */
async function exportOfAnotherCentre(path: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'imkon-e2e-source-'));
  const source = await createBackend({ dataDir: dir, clock: () => new Date('2026-03-20T06:00:00Z') });
  try {
    await seed(async (channel, input) => {
      const result = await source.handle(channel, input, LOCAL_OPERATOR);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value;
    });
    const file = await source.handle('dataExport.full', {}, LOCAL_OPERATOR);
    if (!file.ok) throw new Error(JSON.stringify(file.error));
    writeFileSync(path, Buffer.from((file.value as ExportedFile).bytes, 'base64'));
  } finally {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('asks before a full import, naming what comes and what goes; cancel changes nothing', async ({
  page,
  gotoApp,
  call,
  backend,
}, testInfo) => {
  const path = testInfo.outputPath('imkon-full-export.json.gz');
  await exportOfAnotherCentre(path);
  const people = () => backend.raw.prepare('select count(*) as n from beneficiaries').get();
  const services = (backend.raw.prepare('select count(*) as n from services').get() as { n: number }).n;
  expect(people()).toEqual({ n: 0 });
  const preview = await call('dataExport.previewFull', {
    contentBase64: readFileSync(path).toString('base64'),
  });

  await gotoApp('/settings/data');
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(
    page.getByText(uz.import.chosen.replace('{{name}}', 'imkon-full-export.json.gz')),
  ).toBeVisible();
  const submit = page.getByRole('button', { name: uz.import.submit, exact: true });
  await submit.click();
  const dialog = page.getByRole('dialog', { name: uz.import.confirmTitle });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    uz.import.confirmFrom.replace('{{date}}', formatCalendarDate('2026-03-20', 'uz-Latn', 'long')),
  );
  for (const line of [
    uz.import.incomingPeople.replace('{{n}}', '3'),
    uz.import.incomingStaff.replace('{{n}}', '0'),
    uz.import.incomingSessions.replace('{{n}}', '0'),
  ])
    await expect(dialog.getByRole('listitem').filter({ hasText: line })).toHaveCount(1);
  const replaced = uz.import.replaced
    .replace('{{rows}}', formatNumber(preview.replaced.rows, 'uz-Latn'))
    .replace('{{services}}', String(services))
    .replace('{{accounts}}', String(preview.replaced.accounts));
  await expect(dialog).toContainText(replaced);
  expect(services).toBeGreaterThan(0);
  // The harness's own account is one of those that would go.
  expect(preview.replaced.accounts).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('full-import-confirm.png') });

  // Cancel: the dialog goes, and nothing was imported.
  await dialog.getByRole('button', { name: uz.import.cancel }).click();
  await expect(dialog).toBeHidden();
  expect(people()).toEqual({ n: 0 });
  await expect(page.getByRole('status').filter({ hasText: uz.import.done.slice(-30) })).toHaveCount(0);

  // Asked again and confirmed: the centre's three people are here.
  await submit.click();
  await dialog.getByRole('button', { name: uz.import.confirm }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: uz.import.done.slice(-30) })).toBeVisible();
  expect(people()).toEqual({ n: 3 });
});
