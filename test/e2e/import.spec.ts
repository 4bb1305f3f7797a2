import type { Page } from '@playwright/test';
import type { PeoplePage } from '../../shared/contract/people';
import { makePinfl } from '../../shared/domain/pinfl';
import { catalogues, expect, languageSelect, test, type Language } from './fixtures';

// 10 March 2026, 10:00 in Tashkent: the backend's and the page's clock.
test.use({ now: '2026-03-10T05:00:00Z' });

const HEADER =
  'Familiyasi;Ismi;Otasining ismi;Tugʻilgan sana;Jinsi;JShShIR;Tuman;Ota-onasining F.I.Sh.;Telefon (ota-onasi)';
const shahzod = makePinfl('2019-05-14', 'male', 203, 17);
const madina = makePinfl('2018-09-01', 'female', 203, 4);
const bobur = makePinfl('2020-01-30', 'male', 203, 9);
const sevara = makePinfl('2017-11-02', 'female', 203, 21);
const nodira = makePinfl('2021-06-12', 'female', 203, 33);
/** The last digit changed: the PINFL's check digit no longer matches. */
const brokenSevara = sevara.slice(0, 13) + String((Number(sevara[13]) + 1) % 10);

/** A district centre's list of five, as Excel saves it: two rows have a problem. */
const LIST = [
  HEADER,
  `Karimov;Shahzod;Alisher oʻgʻli;14.05.2019;oʻgʻil;${shahzod};Asaka tumani;Karimova Dilnoza Rustamovna;90 123 45 67`,
  `Гуломова;Мадина;Баҳодир қизи;01.09.2018;қиз;${madina};Асака тумани;Гуломов Баҳодир Акмалович;93 765 43 21`,
  `Yusupova;Sevara;Anvar qizi;02.11.2017;qiz;${brokenSevara};Asaka tumani;Yusupov Anvar;94 222 33 44`,
  `Toshpoʻlatov;Bobur;Anvar oʻgʻli;;oʻgʻil;${bobur};Asaka tumani;;`,
  `Rahimova;Nodira;Jasur qizi;12.06.2021;qiz;${nodira};Asaka tumani;Rahimova Zarina Odilovna;90 111 22 33`,
].join('\r\n');

async function chooseList(page: Page, content = LIST) {
  await page.locator('input[type="file"]').setInputFiles({
    name: 'asaka-mart.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('\uFEFF' + content + '\r\n'),
  });
}

const importButton = (page: Page, language: Language) =>
  page.getByRole('button', {
    name: new RegExp(`^${escape(catalogues[language].peopleImport.preview.import.replace(' ({{n}})', ''))}`),
  });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('importing a list with two bad rows: errors in the reader’s language, the other three imported', async ({
  page,
  gotoApp,
  call,
}) => {
  const ru = catalogues.ru;
  await gotoApp('/people/import');
  await languageSelect(page, 'uz-Latn').selectOption('ru');
  await expect(page.getByRole('heading', { level: 1, name: ru.peopleImport.title })).toBeVisible();

  await chooseList(page);
  const rows = page.getByRole('table', { name: /Строки файла/ });
  await expect(rows).toBeVisible();
  const count = (label: string) =>
    page.getByText(label, { exact: true }).first().locator('xpath=following-sibling::*[1]');
  await expect(count(ru.peopleImport.preview.counts.total)).toHaveText('5');
  await expect(count(ru.peopleImport.preview.counts.valid)).toHaveText('3');
  await expect(count(ru.peopleImport.preview.counts.invalid)).toHaveText('2');

  // Each bad row says what is wrong, under the column to fix, in Russian.
  const problem = (field: string, message: string) =>
    ru.peopleImport.preview.problem.replace('{{field}}', field).replace('{{message}}', message);
  const pinflRow = rows
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '4', exact: true }) });
  await expect(pinflRow).toContainText(ru.peopleImport.preview.status.invalid);
  await expect(rows).toContainText(problem(ru.people.fields.pinfl, ru.validation.pinflChecksum));
  await expect(rows).toContainText(problem(ru.people.fields.birthDate, ru.validation.required));
  await expect(rows.getByText(ru.peopleImport.preview.status.valid, { exact: true })).toHaveCount(3);
  await expect(rows.getByText(ru.peopleImport.preview.status.invalid, { exact: true })).toHaveCount(2);
  // The preview wrote nothing.
  expect((await call('people.search', {})).total).toBe(0);

  await importButton(page, 'ru').click();
  await expect(page.getByRole('heading', { name: ru.peopleImport.summary.title })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Импортировано' })).toHaveText(
    ru.peopleImport.summary.result.replace('{{created}}', '3').replace('{{skipped}}', '2'),
  );
  const skipped = page.getByRole('table').filter({ hasText: ru.peopleImport.preview.columns.problems });
  await expect(skipped.getByRole('rowheader')).toHaveText(['4', '5']);

  const found = (await call('people.search', {})) as PeoplePage;
  expect(found.items.map((p) => `${p.familyName} ${p.givenName}`).sort()).toEqual([
    'Karimov Shahzod',
    'Rahimova Nodira',
    'Гуломова Мадина',
  ]);
  expect(found.items.every((p) => p.status === 'waiting')).toBe(true);

  // The summary links to each imported person; the people list finds them.
  await page.getByRole('link', { name: 'Karimov Shahzod Alisher oʻgʻli' }).click();
  await expect(page).toHaveURL(/#\/people\/\d+$/);
  await gotoApp('/people');
  const listed = (n: number) =>
    ru.people.list.count.replace('{{from}}', '1').replace(/\{\{\w+\}\}/g, String(n));
  await expect(page.getByRole('status').filter({ hasText: listed(3) })).toBeVisible();
  // Found by a name written in the other script: Latin "Gulomova" finds the Cyrillic "Гуломова".
  await page.getByRole('searchbox', { name: ru.people.list.search }).fill('Gulomova');
  await expect(page.getByRole('status').filter({ hasText: listed(1) })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Гуломова Мадина Баҳодир қизи' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Karimov/ })).toHaveCount(0);
});

test('changing a column re-checks the rows, and a wrong default keeps the file and mapping', async ({
  page,
  gotoApp,
  call,
}) => {
  const uz = catalogues['uz-Latn'];
  await gotoApp('/people/import');
  await chooseList(page);
  const birthDate = page.getByRole('combobox', { name: uz.people.fields.birthDate, exact: true });
  await expect(birthDate).toHaveValue('3');
  await expect(importButton(page, 'uz-Latn')).toHaveText(
    uz.peopleImport.preview.import.replace('{{n}}', '3'),
  );

  // Without a birth-date column no row can be imported, and the page says which column is missing.
  await birthDate.selectOption({ label: uz.peopleImport.mapping.notInFile });
  await expect(page.getByText(/Quyidagilar uchun ustunni tanlang/)).toContainText(uz.people.fields.birthDate);
  await expect(page.getByText(uz.peopleImport.preview.nothingToImport)).toBeVisible();
  await birthDate.selectOption('3');
  await expect(importButton(page, 'uz-Latn')).toBeEnabled();

  // A referral date for every row that is not a date: refused at the field, nothing else lost.
  const referralDate = page.getByRole('textbox', { name: uz.people.fields.referralDate, exact: true });
  await referralDate.fill('31.02.2026');
  await referralDate.press('Enter');
  await expect(referralDate).toHaveAttribute('aria-invalid', 'true');
  await expect(referralDate).toHaveAccessibleDescription(uz.validation.date);
  await expect(importButton(page, 'uz-Latn')).toBeDisabled();
  await expect(page.getByText('asaka-mart.csv')).toBeVisible();
  await expect(birthDate).toHaveValue('3');

  await referralDate.fill('01.03.2026');
  await referralDate.press('Enter');
  await expect(referralDate).not.toHaveAttribute('aria-invalid', 'true');
  await importButton(page, 'uz-Latn').click();
  await expect(page.getByRole('status').filter({ hasText: 'Import qilindi' })).toHaveText(
    uz.peopleImport.summary.result.replace('{{created}}', '3').replace('{{skipped}}', '2'),
  );
  const people = (await call('people.search', {})) as PeoplePage;
  const first = await call('people.get', { id: people.items[0]!.id });
  expect(first.referralDate).toBe('2026-03-01');
});

test('a file that is not a list is explained, and another one can be chosen', async ({ page, gotoApp }) => {
  const en = catalogues.en;
  await gotoApp('/people/import');
  await languageSelect(page, 'uz-Latn').selectOption('en');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    en.peopleImport.validation.unsupportedFile.replace('{{formats}}', 'CSV, XLSX'),
  );
  await chooseList(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(importButton(page, 'en')).toHaveText(en.peopleImport.preview.import.replace('{{n}}', '3'));
});
