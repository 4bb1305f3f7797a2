import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { catalogues, expect, languageSelect, mainNav, test, type Language } from './fixtures';
import { boardText, seedTodayCentre, sessionCard } from './today-helpers';

function named(text: string, name: string): string {
  return text.replace('{{name}}', name);
}

/** What follows a person's name on their line of the register: the day marks, then the four totals. */
function afterName(text: string, name: string): string[] {
  const line = text.split('\n').find((candidate) => candidate.includes(name));
  if (!line) throw new Error(`No line with ${name} in:\n${text}`);
  return line
    .slice(line.indexOf(name) + name.length)
    .trim()
    .split(/\s+/);
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The register's choices on the Reports page: this month's register of the named group, in `document`. */
async function chooseGroupRegister(page: Page, language: Language, group: string, document: Language) {
  const text = catalogues[language].reports;
  await page.getByLabel(text.document, { exact: true }).selectOption({ label: text.documents.register });
  await page.getByRole('radio', { name: text.scopes.group }).check();
  await page.getByRole('combobox', { name: text.group, exact: true }).selectOption({ label: group });
  await expect(page.getByLabel(text.month, { exact: true })).toHaveValue('2026-03');
  await page.getByLabel(text.language, { exact: true }).selectOption(document);
}

/** A required field by its label, which ends in the asterisk Mantine adds. */
function requiredField(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label}\\s*\\*?$`));
}

interface KeptBlobs {
  __imkonBlobs: Blob[];
}

/**
 * Keeps each Blob the page makes a URL for, so the test can read the PDF it opened for printing: the app's
 * content security policy rightly forbids fetching blob: URLs, and the viewer's tab is not a page to read.
 */
async function keepBlobs(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const kept = globalThis as unknown as KeptBlobs;
    kept.__imkonBlobs = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob) => {
      if (object instanceof Blob) kept.__imkonBlobs.push(object);
      return createObjectURL(object);
    };
  });
}

test.describe('on Tuesday 17 March 2026 at 08:30', () => {
  test.use({ now: '2026-03-17T08:30:00+05:00' });
  // Two PDFs rendered in the worker thread (started with tsx here) on a shared machine.
  test.setTimeout(240_000);

  test('marks on the Today board come out in the group’s register, saved and printed from Reports', async ({
    page,
    call,
    gotoApp,
  }, testInfo) => {
    const { groupName } = await seedTodayCentre(call);
    await keepBlobs(page);
    await gotoApp('/today');
    const uz = boardText('uz-Latn');

    // Three children checked in: two by their buttons, the third found by the search box and Enter.
    await sessionCard(page, '09:00')
      .getByRole('button', { name: named(uz.aria.arrived, 'Aliyev Sardor') })
      .click();
    await sessionCard(page, '11:00')
      .getByRole('button', { name: named(uz.aria.late, 'Usmonova Malika') })
      .click();
    const search = page.getByRole('searchbox', { name: uz.search.label });
    await search.fill('Rahimov');
    await search.press('Enter');
    await expect(search).toHaveValue('');
    await expect(page.getByTestId('today-count-arrived')).toContainText('3');

    // The pool group's roll call: all present, Karimova absent without an excuse.
    const pool = sessionCard(page, '10:00');
    await pool.getByRole('button', { name: named(uz.rollCall.openAria, groupName) }).click();
    const dialog = page.getByRole('dialog', { name: named(uz.rollCall.title, groupName) });
    await dialog.getByRole('button', { name: uz.rollCall.allPresent }).click();
    await dialog
      .getByRole('combobox', { name: named(uz.rollCall.markOf, 'Karimova Zarina') })
      .selectOption('absent_unexcused');
    await dialog
      .getByRole('textbox', { name: named(uz.rollCall.reasonOf, 'Karimova Zarina') })
      .fill('Xabar bermadi');
    await dialog.getByRole('button', { name: uz.rollCall.save }).click();
    await expect(dialog).toBeHidden();

    // Reports, from the menu: the month's register of that group, saved as a PDF (a download in a browser).
    await mainNav(page, 'uz-Latn').getByRole('link', { name: catalogues['uz-Latn'].nav.reports }).click();
    const reports = catalogues['uz-Latn'].reports;
    await expect(page.getByRole('heading', { level: 1, name: reports.title })).toBeVisible();
    await expect(page.getByLabel(reports.language, { exact: true })).toHaveValue('uz-Latn');
    await page.getByRole('button', { name: reports.save }).click();
    await expect(page.getByText(reports.required)).toBeVisible();
    await chooseGroupRegister(page, 'uz-Latn', groupName, 'uz-Latn');
    await page.screenshot({ path: 'test-results/reports-uz-Latn.png', fullPage: true });
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: reports.save }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^register-2026-03-group-\d+\.pdf$/);
    await expect(page.getByText(reports.downloaded)).toBeVisible();
    const file = testInfo.outputPath('register-uz-Latn.pdf');
    await saved.saveAs(file);
    const text = pdfText(file);
    const letters = catalogues['uz-Latn'].attendance.letters;
    expect(text).toContain('Davomat tabeli');
    expect(text).toContain(`Guruh: ${groupName}`);
    // Only the pool group's sessions: the 17th's marks, then attended, excused, unexcused, cancelled.
    expect(afterName(text, 'Aliyev Sardor')).toEqual([letters.present, '1', '0', '0', '0']);
    expect(afterName(text, 'Usmonova Malika')).toEqual([letters.present, '1', '0', '0', '0']);
    expect(afterName(text, 'Karimova Zarina')).toEqual([letters.absent_unexcused, '0', '0', '1', '0']);
    expect(text).not.toContain('Rahimov');

    // In Russian, printed: the PDF opens in a tab for the browser's viewer to print.
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    const ru = catalogues.ru.reports;
    await expect(page.getByRole('heading', { level: 1, name: ru.title })).toBeVisible();
    await chooseGroupRegister(page, 'ru', groupName, 'ru');
    await page.screenshot({ path: 'test-results/reports-ru.png', fullPage: true });
    const popup = page.waitForEvent('popup', { timeout: 120_000 });
    await page.getByRole('button', { name: ru.print }).click();
    const tab = await popup;
    await expect(tab).toHaveURL(/^blob:/, { timeout: 120_000 });
    await expect(page.getByText(ru.printOpened)).toBeVisible();
    // The tab shows the PDF viewer; the bytes are read from the Blob the page handed it (see keepBlobs).
    const bytes = await page.evaluate(async () => {
      const blobs = (globalThis as unknown as KeptBlobs).__imkonBlobs;
      return Array.from(new Uint8Array(await blobs[blobs.length - 1]!.arrayBuffer()));
    });
    const printed = testInfo.outputPath('register-ru.pdf');
    writeFileSync(printed, Buffer.from(bytes));
    const russian = pdfText(printed);
    const ruLetters = catalogues.ru.attendance.letters;
    expect(russian).toContain('Табель учёта посещаемости');
    expect(afterName(russian, 'Karimova Zarina')).toEqual([ruLetters.absent_unexcused, '0', '0', '1', '0']);
    expect(afterName(russian, 'Aliyev Sardor')).toEqual([ruLetters.present, '1', '0', '0', '0']);

    // The other documents ask for a day or a period instead of a month.
    await page
      .getByLabel(ru.document, { exact: true })
      .selectOption({ label: ru.documents.attendanceSummary });
    await expect(page.getByRole('radio', { name: ru.scopes.specialist })).toHaveCount(0);
    // Typed as DD.MM.YYYY in every language, not the browser's own mm/dd/yyyy picker.
    await expect(requiredField(page, ru.from)).toHaveValue('01.03.2026');
    await expect(requiredField(page, ru.to)).toHaveValue('17.03.2026');
    await page.screenshot({ path: 'test-results/reports-summary-ru.png', fullPage: true });
    await page.getByLabel(ru.document, { exact: true }).selectOption({ label: ru.documents.daySchedule });
    const day = requiredField(page, ru.day);
    await expect(day).toHaveValue('17.03.2026');
    await expect(page.getByRole('radio', { name: ru.scopes.group })).toHaveCount(0);
    // A day that does not exist stays as typed, with the field saying how a date is written; nothing is made.
    await day.fill('31.02.2026');
    await day.blur();
    await expect(day).toHaveValue('31.02.2026');
    await expect(page.getByText(catalogues.ru.validation.date)).toBeVisible();
    await page.getByRole('button', { name: ru.save }).click();
    await expect(day).toHaveValue('31.02.2026');
    await expect(day).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(catalogues.ru.validation.date)).toBeVisible();
    await expect(page.getByText(ru.busy)).toHaveCount(0);
  });
});
