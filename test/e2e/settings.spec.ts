import type { Locator, Page } from '@playwright/test';
import { weekdayName } from '../../shared/i18n/dates';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { catalogues, expect, languageSelect, test, type Language } from './fixtures';

function settingsForm(page: Page, language: Language) {
  const text = catalogues[language].settings;
  const field = (label: string) => page.getByLabel(label, { exact: true });
  return {
    heading: page.getByRole('heading', { level: 1, name: text.title, exact: true }),
    name: field(text.name),
    address: field(text.address),
    timeZone: field(text.timeZone),
    dayStart: field(text.dayStart),
    dayEnd: field(text.dayEnd),
    defaultLanguage: field(text.defaultLanguage),
    workingDay: (day: 1 | 2 | 3 | 4 | 5 | 6 | 7) =>
      page
        .getByRole('group', { name: text.workingDays, exact: true })
        .getByRole('checkbox', { name: weekdayName(day, language, 'long'), exact: true }),
    save: page.getByRole('button', { name: text.save, exact: true }),
  };
}

type Form = ReturnType<typeof settingsForm>;

/** The form shows the stored settings once they have loaded; filling it earlier would race the load. */
async function waitUntilLoaded(form: Form) {
  await expect(form.heading).toBeVisible();
  await expect(form.timeZone).toHaveValue(DEFAULT_SETTINGS.timeZone);
  await expect(form.dayStart).toHaveValue(DEFAULT_SETTINGS.dayStart);
}

/** A field-level message: shown next to the field and tied to it for screen readers. */
async function expectFieldError(field: Locator, message: string) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

const NAME = 'Chilonzor tumani “Imkon” ijtimoiy xizmatlar markazi';
const ADDRESS = 'Toshkent sh., Chilonzor t., Bunyodkor koʻchasi, 12-uy';

test('changing the centre’s name and address is saved to the database and survives a reload', async ({
  page,
  gotoApp,
  call,
}) => {
  const text = catalogues['uz-Latn'].settings;
  const form = settingsForm(page, 'uz-Latn');
  await gotoApp('/settings');
  await waitUntilLoaded(form);

  await form.name.fill(NAME);
  await form.address.fill(ADDRESS);
  await form.workingDay(6).uncheck();
  await form.save.click();
  await expect(page.getByRole('status').filter({ hasText: text.saved })).toBeVisible();

  expect(await call('settings.get')).toEqual({
    ...DEFAULT_SETTINGS,
    name: NAME,
    address: ADDRESS,
    workingDays: [1, 2, 3, 4, 5],
  });

  await page.reload();
  await waitUntilLoaded(form);
  await expect(form.name).toHaveValue(NAME);
  await expect(form.address).toHaveValue(ADDRESS);
  await expect(form.workingDay(1)).toBeChecked();
  await expect(form.workingDay(6)).not.toBeChecked();
});

test('invalid settings in Russian: messages per field in Russian, typed values kept, nothing saved', async ({
  page,
  gotoApp,
  call,
}) => {
  const ru = catalogues.ru;
  const form = settingsForm(page, 'ru');
  await gotoApp('/settings');
  await languageSelect(page, 'uz-Latn').selectOption('ru');
  await waitUntilLoaded(form);
  const before = await call('settings.get');

  const address = 'г. Ташкент, ул. Навои, 5';
  await form.name.fill('');
  await form.address.fill(address);
  await form.dayStart.fill('25:00');
  await form.save.click();

  await expect(page.getByRole('alert').filter({ hasText: ru.settings.fixErrors })).toBeVisible();
  await expectFieldError(form.name, ru.validation.required);
  await expectFieldError(form.dayStart, ru.validation.timeOfDay);
  for (const valid of [form.address, form.timeZone, form.dayEnd]) {
    await expect(valid).not.toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.getByText(ru.validation.timeOfDay, { exact: true })).toHaveCount(1);
  await expect(page.getByText(ru.settings.saved)).toHaveCount(0);

  await expect(form.name).toHaveValue('');
  await expect(form.address).toHaveValue(address);
  await expect(form.dayStart).toHaveValue('25:00');
  await expect(form.dayEnd).toHaveValue(DEFAULT_SETTINGS.dayEnd);
  await expect(form.timeZone).toHaveValue(DEFAULT_SETTINGS.timeZone);
  expect(await call('settings.get')).toEqual(before);

  // Correcting the fields clears the errors and saves.
  await form.name.fill('Центр «Имкон»');
  await form.dayStart.fill('09:00');
  await form.save.click();
  await expect(page.getByRole('status').filter({ hasText: ru.settings.saved })).toBeVisible();
  await expect(form.name).not.toHaveAttribute('aria-invalid', 'true');
  expect(await call('settings.get')).toEqual({
    ...before,
    name: 'Центр «Имкон»',
    address,
    dayStart: '09:00',
  });
});

test('a closing time before the opening time is refused at the closing time', async ({
  page,
  gotoApp,
  call,
}) => {
  const en = catalogues.en;
  const form = settingsForm(page, 'en');
  await gotoApp('/settings');
  await languageSelect(page, 'uz-Latn').selectOption('en');
  await waitUntilLoaded(form);
  const before = await call('settings.get');

  await form.name.fill('Imkon centre');
  await form.dayEnd.fill('07:30');
  await form.save.click();

  await expect(page.getByRole('alert').filter({ hasText: en.settings.fixErrors })).toBeVisible();
  await expectFieldError(form.dayEnd, en.validation.dayEndBeforeStart);
  await expect(form.dayEnd).toHaveValue('07:30');
  expect(await call('settings.get')).toEqual(before);
});
