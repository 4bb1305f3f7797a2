import type { Page } from '@playwright/test';
import { formatGasLevel, GAS_LEVELS, type GasScale } from '../../shared/domain/programmes';
import { weekdayName } from '../../shared/i18n/dates';
import { seedBookingCentre } from './booking-helpers';
import { catalogues, expect, languageSelect, test } from './fixtures';

const text = catalogues['uz-Latn'].programmes;
const LEVEL_KEYS = { '-2': 'minus2', '-1': 'minus1', '0': 'zero', '1': 'plus1', '2': 'plus2' } as const;

/** A field of the open dialog by its label; Mantine's selects are comboboxes, the rest textboxes. */
function field(page: Page, label: string) {
  const dialog = page.getByRole('dialog');
  return dialog
    .getByRole('combobox', { name: label, exact: true })
    .or(dialog.getByRole('textbox', { name: label, exact: true }));
}

async function choose(page: Page, label: string, option: string | RegExp) {
  await field(page, label).click();
  await page.getByRole('option', { name: option }).click();
}

async function addGoal(page: Page, goal: string, domain: string, codes: string, scale: GasScale) {
  await page.getByRole('button', { name: text.goal.add }).click();
  await expect(page.getByRole('dialog', { name: text.goal.titleAdd })).toBeVisible();
  await field(page, text.goal.goal).fill(goal);
  await choose(page, text.goal.domain, domain);
  await field(page, text.goal.icfCodes).fill(codes);
  await field(page, text.goal.baseline).fill('Hozircha imo-ishora bilan');
  for (const level of GAS_LEVELS) {
    const name = text.levels[LEVEL_KEYS[String(level) as keyof typeof LEVEL_KEYS]];
    await field(page, `${formatGasLevel(level)} ${name}`).fill(scale[level + 2] ?? '');
  }
  await page
    .getByRole('dialog')
    .getByRole('button', { name: catalogues['uz-Latn'].places.actions.save })
    .click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('goal').filter({ hasText: goal })).toBeVisible();
}

test.describe('on Monday 16 March 2026', () => {
  test.use({ now: '2026-03-16T09:00:00+05:00' });

  test('create a programme with two goals and a prescription, and book its sessions from the page', async ({
    page,
    call,
    gotoApp,
  }) => {
    // A dozen dialogs through the real backend, on a machine shared with other tests.
    test.setTimeout(150_000);
    await seedBookingCentre(call);

    await gotoApp('/plans');
    await expect(page.getByRole('heading', { level: 1, name: text.list.title })).toBeVisible();
    await page.getByRole('link', { name: text.list.newProgramme }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.form.titleNew })).toBeVisible();
    await page.getByRole('combobox', { name: text.form.person }).fill('Aliyev');
    await page.getByRole('option', { name: /Aliyev Sardor/ }).click();
    // The period is proposed from today: six months, reviewed after three.
    await expect(page.getByRole('textbox', { name: text.form.startDate })).toHaveValue('16.03.2026');
    await page.getByRole('textbox', { name: text.form.reviewDate }).fill('31.12.2026');
    await page.getByRole('button', { name: text.form.create }).click();
    // The review must fall within the period: refused on its field, nothing typed is lost.
    await expect(page.getByText(text.validation.reviewOutside)).toBeVisible();
    await page.getByRole('textbox', { name: text.form.reviewDate }).fill('15.06.2026');
    await page.getByRole('button', { name: text.form.create }).click();

    await expect(page.getByRole('heading', { level: 1, name: /Aliyev Sardor/ })).toBeVisible();
    await expect(page.getByText(text.statuses.draft, { exact: true })).toBeVisible();

    await addGoal(
      page,
      'Oʻz ehtiyojlarini ikki soʻzli gap bilan aytadi',
      text.domains.communication,
      'd330, b1670',
      [
        'Soʻzlarni ishlatmaydi',
        'Alohida soʻzlar bilan soʻraydi',
        'Ikki soʻzli gap bilan soʻraydi',
        'Uch soʻzli gap bilan soʻraydi',
        'Voqeani bir necha gap bilan aytib beradi',
      ],
    );
    await addGoal(page, 'Tayanchsiz 10 qadam yuradi', text.domains.movement, 'd450', [
      'Tayanch bilan ham turolmaydi',
      'Tayanch bilan turadi',
      'Tayanchsiz 10 qadam yuradi',
      'Tayanchsiz xona boʻylab yuradi',
      'Tayanchsiz zinadan chiqadi',
    ]);
    const goals = page.getByTestId('goal');
    await expect(goals).toHaveCount(2);
    await expect(goals.first()).toContainText('d330');
    await expect(goals.first()).toContainText('b1670');
    await expect(goals.first()).toContainText(text.levels.plus2);

    // Reordered from the keyboard: the first goal's Move down swaps it with the second, and back with Move up.
    const label = (key: 'moveUpLabel' | 'moveDownLabel', number: number) =>
      text.goal[key].replace('{{number}}', String(number));
    await expect(page.getByRole('button', { name: label('moveUpLabel', 1) })).toBeDisabled();
    await expect(page.getByRole('button', { name: label('moveDownLabel', 2) })).toBeDisabled();
    await page.getByRole('button', { name: label('moveDownLabel', 1) }).focus();
    await page.keyboard.press('Enter');
    await expect(goals.first()).toContainText('d450');
    await expect(goals.nth(1)).toContainText('d330');
    await page.getByRole('button', { name: label('moveUpLabel', 2) }).focus();
    await page.keyboard.press('Enter');
    await expect(goals.first()).toContainText('d330');

    await page.getByRole('button', { name: text.page.approve }).click();
    await expect(page.getByText(text.statuses.active, { exact: true })).toBeVisible();

    // Speech therapy, 2 a week for 3 weeks, 30 minutes, with Karimova.
    await page.getByRole('button', { name: text.prescription.add }).click();
    await choose(page, text.prescription.service, 'Logoped mashgʻuloti');
    await field(page, text.prescription.perWeek).fill('2');
    await field(page, text.prescription.weeks).fill('3');
    await field(page, text.prescription.minutes).fill('30');
    await choose(page, text.prescription.specialist, /Karimova Dilnoza/);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: catalogues['uz-Latn'].places.actions.save })
      .click();
    await expect(page.getByRole('dialog')).toBeHidden();
    const row = page.getByTestId('prescription');
    await expect(row).toContainText('Haftasiga 2 marta, 3 hafta, 30 daqiqa');

    // Book Mondays and Wednesdays at 10:00 from today.
    await row.getByRole('button', { name: text.prescription.book }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Yana 6 ta mashgʻulotga yozish kerak');
    await field(page, text.booking.time).fill('10:00');
    for (const day of [1, 3] as const)
      await dialog.getByText(weekdayName(day, 'uz-Latn', 'short'), { exact: true }).click();
    await choose(page, text.booking.room, 'Logoped xonasi');
    await dialog.getByRole('button', { name: text.booking.submit }).click();
    // Monday 23 March is the Navroʻz holiday: the calendar's conflict panel asks what to do with it.
    const conflict = dialog.getByTestId('conflict-panel');
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText(catalogues['uz-Latn'].booking.conflict.needsDecision);
    await page.screenshot({ path: 'test-results/screenshots/programmes-book-conflict-uz-Latn.png' });
    // Skipping it (the proposed answer) books the rest.
    await dialog.getByRole('button', { name: text.booking.submit }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: '5 ta mashgʻulotga yozildi.' })).toBeVisible();
    const cells = row.getByRole('cell');
    await expect(cells.nth(2)).toHaveText('6');
    await expect(cells.nth(3)).toHaveText('5');
    await expect(cells.nth(4)).toHaveText('0');

    await page.screenshot({ path: 'test-results/screenshots/programmes-page-uz-Latn.png', fullPage: true });
    await gotoApp('/plans');
    await expect(page.getByRole('link', { name: /Aliyev Sardor/ })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/programmes-list-uz-Latn.png', fullPage: true });

    await languageSelect(page, 'uz-Latn').selectOption('ru');
    const ru = catalogues.ru.programmes;
    await expect(page.getByRole('heading', { level: 1, name: ru.list.title })).toBeVisible();
    await expect(page.getByRole('table').getByText(ru.statuses.active, { exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/programmes-list-ru.png', fullPage: true });
    await page.getByRole('link', { name: /Aliyev Sardor/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: ru.page.goalsTitle })).toBeVisible();
    await expect(page.getByTestId('prescription')).toContainText('2 в неделю, 3 нед., по 30 мин');
    await page.screenshot({ path: 'test-results/screenshots/programmes-page-ru.png', fullPage: true });
  });
});
