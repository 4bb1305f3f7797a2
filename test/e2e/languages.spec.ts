import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { catalogues, expect, languageSelect, mainNav, test, type Language } from './fixtures';
import type { Page } from '@playwright/test';

const NAV_KEYS = ['today', 'calendar', 'people', 'groups', 'plans', 'notes', 'reports', 'settings'] as const;

async function expectNavigationIn(page: Page, language: Language) {
  const nav = mainNav(page, language);
  await expect(nav).toBeVisible();
  for (const key of NAV_KEYS) {
    await expect(nav.getByRole('link', { name: catalogues[language].nav[key], exact: true })).toBeVisible();
  }
  await expect(nav.getByRole('link')).toHaveCount(NAV_KEYS.length);
}

async function storedLanguage(page: Page): Promise<string | undefined> {
  const { origins } = await page.context().storageState();
  return origins.flatMap((origin) => origin.localStorage).find((item) => item.name === 'imkon.language')
    ?.value;
}

test('starts in Uzbek Latin, switches to each language and remembers the choice across a reload', async ({
  page,
  gotoApp,
}) => {
  await gotoApp();
  await expectNavigationIn(page, 'uz-Latn');
  await expect(languageSelect(page, 'uz-Latn')).toHaveValue('uz-Latn');

  let current: Language = 'uz-Latn';
  for (const next of ['uz-Cyrl', 'ru', 'en', 'uz-Latn'] as const) {
    await languageSelect(page, current).selectOption(next);
    await expectNavigationIn(page, next);
    await expect(mainNav(page, current)).toHaveCount(0);
    expect(await storedLanguage(page)).toBe(next);

    await page.reload();
    await expectNavigationIn(page, next);
    await expect(languageSelect(page, next)).toHaveValue(next);
    current = next;
  }
});

test('the language picker offers the four languages', async ({ page, gotoApp }) => {
  await gotoApp();
  const options = languageSelect(page, 'uz-Latn').locator('option');
  await expect(options).toHaveCount(4);
  for (const [index, language] of (['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const).entries()) {
    await expect(options.nth(index)).toHaveAttribute('value', language);
  }
});

test('without a stored choice the centre’s default language is used; a person’s choice wins', async ({
  page,
  gotoApp,
  call,
}) => {
  await call('settings.update', { ...DEFAULT_SETTINGS, name: 'Markaz', defaultLanguage: 'ru' });
  await gotoApp();
  await expectNavigationIn(page, 'ru');

  await languageSelect(page, 'ru').selectOption('en');
  await page.reload();
  await expectNavigationIn(page, 'en');
});

test('the navigation follows the hash routes and marks the current page', async ({ page, gotoApp }) => {
  const nav = catalogues['uz-Latn'].nav;
  const link = (key: (typeof NAV_KEYS)[number]) =>
    mainNav(page, 'uz-Latn').getByRole('link', { name: nav[key], exact: true });

  await page.goto('/');
  await expect(link('today')).toHaveAttribute('aria-current', 'page');
  await expect(
    page.getByRole('heading', { level: 1, name: catalogues['uz-Latn'].today.title }),
  ).toBeVisible();

  for (const key of NAV_KEYS) {
    await link(key).click();
    await expect(page).toHaveURL(new RegExp(`#/${key}$`));
    await expect(link(key)).toHaveAttribute('aria-current', 'page');
    for (const other of NAV_KEYS.filter((k) => k !== key)) {
      await expect(link(other)).not.toHaveAttribute('aria-current', 'page');
    }
  }

  await gotoApp('/settings');
  await expect(
    page.getByRole('heading', { level: 1, name: catalogues['uz-Latn'].settings.title }),
  ).toBeVisible();
  await expect(link('settings')).toHaveAttribute('aria-current', 'page');
});
