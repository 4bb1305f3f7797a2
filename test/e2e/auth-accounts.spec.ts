// The administrator's user forms: a new account's first password and a reset are typed twice, with the same
// fields and checks as the first start and one's own password change.
import { catalogues, E2E_PASSWORD, expect, mainNav, test } from './fixtures';

const auth = catalogues['uz-Latn'].auth;

test.describe('an administrator', () => {
  test.use({ signIn: ['administrator'] });

  test('adds a user with the first password repeated, then resets it the same way; the user signs in with it', async ({
    page,
    gotoApp,
  }) => {
    test.setTimeout(120_000);
    await gotoApp('/settings/accounts');
    await expect(page.getByRole('heading', { level: 1, name: auth.accounts.title })).toBeVisible();
    await page.getByRole('button', { name: auth.accounts.add }).click();
    const form = page.getByRole('dialog', { name: auth.accounts.newTitle });
    await form.getByLabel(auth.accounts.name, { exact: true }).fill('Malika Yoʻldosheva');
    await form.getByLabel(auth.accounts.username, { exact: true }).fill('malika');
    await form.getByRole('checkbox', { name: auth.roles.receptionist }).check();
    await form.getByLabel(auth.accounts.password, { exact: true }).fill('qisqa');
    await form.getByLabel(auth.accounts.confirm, { exact: true }).fill('boshqa');
    await form.getByRole('button', { name: auth.accounts.save }).click();
    await expect(form.getByText(auth.validation.passwordShort, { exact: true })).toBeVisible();
    await expect(form.getByText(auth.validation.confirmMismatch, { exact: true })).toBeVisible();
    // The first field in error has the focus, so the keyboard lands where the problem is.
    await expect(form.getByLabel(auth.accounts.password, { exact: true })).toBeFocused();

    await form.getByLabel(auth.accounts.password, { exact: true }).fill('Vaqtinchalik-parol-1');
    await form.getByLabel(auth.accounts.confirm, { exact: true }).fill('Vaqtinchalik-parol-2');
    await form.getByRole('button', { name: auth.accounts.save }).click();
    await expect(form.getByText(auth.validation.confirmMismatch, { exact: true })).toBeVisible();
    await expect(form.getByText(auth.validation.passwordShort, { exact: true })).toHaveCount(0);
    await expect(form.getByLabel(auth.accounts.confirm, { exact: true })).toBeFocused();
    await form.getByLabel(auth.accounts.confirm, { exact: true }).fill('Vaqtinchalik-parol-1');
    await form.getByRole('button', { name: auth.accounts.save }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByRole('rowheader', { name: 'Malika Yoʻldosheva' })).toBeVisible();

    await page.getByRole('button', { name: `${auth.accounts.reset}: Malika Yoʻldosheva` }).click();
    const reset = page.getByRole('dialog', {
      name: auth.accounts.resetTitle.replace('{{name}}', 'Malika Yoʻldosheva'),
    });
    await reset.getByLabel(auth.accounts.password, { exact: true }).fill(E2E_PASSWORD);
    await reset.getByLabel(auth.accounts.confirm, { exact: true }).fill(`${E2E_PASSWORD}!`);
    await reset.getByRole('button', { name: auth.accounts.resetSave }).click();
    await expect(reset.getByText(auth.validation.confirmMismatch, { exact: true })).toBeVisible();
    await reset.getByLabel(auth.accounts.confirm, { exact: true }).fill(E2E_PASSWORD);
    await reset.getByRole('button', { name: auth.accounts.resetSave }).click();
    await expect(reset).toHaveCount(0);
    await expect(page.getByText(auth.accounts.resetDone)).toBeVisible();

    // The reset password is the one that works: signed out, Malika signs in with it and chooses her own, in
    // the same two fields with the same check.
    await page.getByRole('button', { name: auth.header.menu.replace('{{name}}', 'sinov') }).click();
    await page.getByRole('menuitem', { name: auth.header.signOut }).click();
    await page.getByLabel(auth.signIn.username, { exact: true }).fill('malika');
    await page.getByLabel(auth.signIn.password, { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole('button', { name: auth.signIn.submit }).click();
    await expect(page.getByText(auth.password.mustChange)).toBeVisible({ timeout: 20_000 });
    await page.getByLabel(auth.password.current, { exact: true }).fill(E2E_PASSWORD);
    await page.getByLabel(auth.password.next, { exact: true }).fill('Malikaning-oʻz-paroli');
    await page.getByLabel(auth.password.confirm, { exact: true }).fill('Malikaning-oʻz-parol');
    await page.getByRole('button', { name: auth.password.save }).click();
    await expect(page.getByText(auth.validation.confirmMismatch, { exact: true })).toBeVisible();
    await page.getByLabel(auth.password.confirm, { exact: true }).fill('Malikaning-oʻz-paroli');
    await page.getByRole('button', { name: auth.password.save }).click();
    await expect(mainNav(page, 'uz-Latn')).toBeVisible({ timeout: 20_000 });
  });
});
