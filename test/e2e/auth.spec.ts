// Accounts in the app: what each role can reach, the idle lock over a half-filled form, wrong passwords.
import { CHANNEL_NAMES, contract } from '../../shared/contract';
import { catalogues, E2E_PASSWORD, E2E_USER, expect, mainNav, test } from './fixtures';

const uz = catalogues['uz-Latn'];
const auth = uz.auth;

test.describe('a receptionist', () => {
  test.use({ signIn: ['receptionist'] });

  test('finds no way to the session notes: not in the menu, and refused by address', async ({
    page,
    gotoApp,
  }) => {
    await gotoApp('/today');
    const nav = mainNav(page, 'uz-Latn');
    await expect(nav.getByRole('link', { name: uz.nav.calendar, exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: uz.nav.notes, exact: true })).toHaveCount(0);

    await gotoApp('/notes');
    await expect(page.getByRole('heading', { level: 1, name: auth.forbidden.title })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: auth.forbidden.body })).toBeVisible();

    // The backend refuses as well, whatever the page shows: every notes channel through the page's own bridge.
    const notes = CHANNEL_NAMES.filter((name) => contract[name].permission === 'notes.read');
    expect(notes.length).toBeGreaterThan(0);
    const codes = await page.evaluate(async (names) => {
      const bridge = (
        globalThis as unknown as {
          imkon: { invoke(c: string, i: unknown): Promise<{ ok: boolean; error?: { code: string } }> };
        }
      ).imkon;
      return Promise.all(names.map(async (name) => (await bridge.invoke(name, {})).error?.code));
    }, notes);
    expect(new Set(codes)).toEqual(new Set(['FORBIDDEN']));

    await gotoApp('/settings');
    const sections = page.getByRole('navigation', { name: uz.places.nav.label });
    await expect(sections.getByRole('link', { name: uz.places.nav.staff })).toBeVisible();
    await expect(sections.getByRole('link', { name: auth.nav })).toHaveCount(0);
    await expect(sections.getByRole('link', { name: uz.audit.nav })).toHaveCount(0);
  });
});

test.describe('a specialist', () => {
  test.use({ signIn: ['specialist'] });

  test('reaches the session notes from the menu', async ({ page, gotoApp }) => {
    await gotoApp('/today');
    await mainNav(page, 'uz-Latn').getByRole('link', { name: uz.nav.notes, exact: true }).click();
    await expect(page).toHaveURL(/#\/notes/);
    await expect(page.getByRole('heading', { level: 1, name: uz.notes.missing.title })).toBeVisible();
    await expect(page.getByText(auth.forbidden.title)).toHaveCount(0);
  });
});

test('the idle lock covers the screen and unlocking keeps the half-filled form', async ({
  page,
  gotoApp,
}) => {
  await page.clock.install();
  await gotoApp('/settings');
  const name = page.getByLabel(uz.settings.name, { exact: true });
  await name.fill('Yarim yozilgan nom');

  await page.clock.fastForward('10:30');
  const lock = page.getByRole('dialog', { name: auth.lock.title });
  await expect(lock).toBeVisible();
  await expect(name)
    .not.toBeInViewport({ ratio: 2 })
    .catch(() => undefined);

  await lock.getByLabel(auth.lock.password, { exact: true }).fill('notoʻgʻri-parol');
  await lock.getByRole('button', { name: auth.lock.unlock }).click();
  await expect(lock.getByText(auth.validation.wrongPassword)).toBeVisible();

  await lock.getByLabel(auth.lock.password, { exact: true }).fill(E2E_PASSWORD);
  await lock.getByRole('button', { name: auth.lock.unlock }).click();
  await expect(lock).toHaveCount(0);
  await expect(name).toHaveValue('Yarim yozilgan nom');
  await name.fill('Yarim yozilgan nom, tugallandi');
  await expect(name).toHaveValue('Yarim yozilgan nom, tugallandi');
});

test.describe('signing in', () => {
  test.use({ signIn: 'signedOut' });

  test('a wrong password is refused, and after five sign-in waits, even for the right one', async ({
    page,
    gotoApp,
  }) => {
    test.setTimeout(180_000);
    await gotoApp('/today');
    const user = page.getByLabel(auth.signIn.username, { exact: true });
    const password = page.getByLabel(auth.signIn.password, { exact: true });
    const submit = page.getByRole('button', { name: auth.signIn.submit });

    for (let attempt = 1; attempt <= 4; attempt++) {
      await user.fill(E2E_USER);
      await password.fill(`notoʻgʻri-${attempt}`);
      await submit.click();
      await expect(page.getByText(auth.validation.wrongPassword)).toBeVisible({ timeout: 20_000 });
      // The wrong password is not kept on screen; the name is.
      await expect(password).toHaveValue('');
      await expect(user).toHaveValue(E2E_USER);
    }
    await password.fill('notoʻgʻri-5');
    await submit.click();
    const throttled = auth.validation.throttled.replace('{{minutes}}', '1');
    await expect(page.getByText(throttled)).toBeVisible({ timeout: 20_000 });
    // Even the right password waits now.
    await password.fill(E2E_PASSWORD);
    await submit.click();
    await expect(page.getByText(throttled)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: auth.signIn.title })).toBeVisible();
  });
});

test.describe('the first start', () => {
  test.use({ signIn: 'setup' });

  test('creates the administrator, who lands in the settings with the users section', async ({
    page,
    gotoApp,
  }) => {
    test.setTimeout(120_000);
    await gotoApp('/');
    await expect(page.getByRole('heading', { level: 1, name: auth.setup.title })).toBeVisible();
    await page.getByLabel(auth.setup.displayName, { exact: true }).fill('Dilnoza Karimova');
    await page.getByLabel(auth.setup.username, { exact: true }).fill('dilnoza');
    await page.getByLabel(auth.setup.password, { exact: true }).fill('qisqa');
    await page.getByLabel(auth.setup.confirm, { exact: true }).fill('boshqa');
    await page.getByRole('button', { name: auth.setup.submit }).click();
    await expect(page.getByText(auth.validation.passwordShort, { exact: true })).toBeVisible();
    await expect(page.getByText(auth.validation.confirmMismatch, { exact: true })).toBeVisible();

    await page.getByLabel(auth.setup.password, { exact: true }).fill('Andijon-markazi-2026');
    await page.getByLabel(auth.setup.confirm, { exact: true }).fill('Andijon-markazi-2026');
    await page.getByRole('button', { name: auth.setup.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: uz.settings.title })).toBeVisible({
      timeout: 30_000,
    });
    await page
      .getByRole('navigation', { name: uz.places.nav.label })
      .getByRole('link', { name: auth.nav })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: auth.accounts.title })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Dilnoza Karimova' })).toBeVisible();
  });
});
