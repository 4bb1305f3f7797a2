// The audit log in words a manager reads: what each entry did, per channel, in the page's language.
import { catalogues, expect, languageSelect, test } from './fixtures';
import { seedPoolCentre } from './groups-helpers';

const uz = catalogues['uz-Latn'].audit;
const ru = catalogues.ru.audit;

test('the audit log says what each entry did in plain words, in Uzbek and in Russian', async ({
  page,
  call,
  gotoApp,
}, testInfo) => {
  test.setTimeout(90_000);
  await seedPoolCentre(call);
  const child = (await call('people.search', { query: 'Aliyev', pageSize: 5 })).items[0]!;
  // Opening a person's file is logged as a view of the signed-in account.
  await gotoApp(`/people/${child.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /Aliyev Sardor/ })).toBeVisible();

  await gotoApp('/settings/audit');
  await expect(page.getByRole('heading', { level: 1, name: uz.title })).toBeVisible();
  const table = page.getByRole('table', { name: uz.title });
  await expect(table.getByRole('cell', { name: uz.actions['people.get'], exact: true })).toBeVisible();
  await expect(
    table.getByRole('cell', { name: uz.actions['people.create'], exact: true }).first(),
  ).toBeVisible();
  await expect(table.getByRole('cell', { name: uz.actions['rooms.create'], exact: true })).toBeVisible();
  // No channel name is left on the screen.
  await expect(table.getByRole('cell', { name: /^[a-z]+\.[a-zA-Z.]+$/ })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('audit-uz-Latn.png'), fullPage: true });

  await languageSelect(page, 'uz-Latn').selectOption('ru');
  const russian = page.getByRole('table', { name: ru.title });
  await expect(russian.getByRole('cell', { name: ru.actions['people.get'], exact: true })).toBeVisible();
  await expect(russian.getByRole('cell', { name: ru.actions['staff.create'], exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('audit-ru.png'), fullPage: true });
});

test.describe('on Monday 16 March 2026', () => {
  test.use({ now: '2026-03-16T09:00:00+05:00' });

  test('the period of the audit log is typed as DD.MM.YYYY, as every other date', async ({
    page,
    call,
    gotoApp,
  }) => {
    await seedPoolCentre(call);
    await gotoApp('/settings/audit');
    const from = page.getByRole('textbox', { name: uz.filters.from, exact: true });
    const to = page.getByRole('textbox', { name: uz.filters.to, exact: true });
    await expect(from).toHaveAttribute('placeholder', catalogues['uz-Latn'].places.form.datePlaceholder);
    await expect(to).toHaveAttribute('placeholder', catalogues['uz-Latn'].places.form.datePlaceholder);
    const table = page.getByRole('table', { name: uz.title });
    await expect(table.getByRole('cell', { name: uz.actions['rooms.create'], exact: true })).toBeVisible();

    // Everything was written today: from tomorrow on, nothing.
    await from.fill('17.03.2026');
    await expect(page.getByText(uz.noEntries, { exact: true })).toBeVisible();
    await from.fill('16.03.2026');
    await to.fill('16.03.2026');
    await expect(table.getByRole('cell', { name: uz.actions['rooms.create'], exact: true })).toBeVisible();

    // A date the field cannot read is said so when leaving it, and the list stays as it was.
    await to.fill('31.02.2026');
    await to.blur();
    await expect(page.getByText(catalogues['uz-Latn'].validation.date, { exact: true })).toBeVisible();
    await expect(table.getByRole('cell', { name: uz.actions['rooms.create'], exact: true })).toBeVisible();

    await page.getByRole('button', { name: uz.filters.clear }).click();
    await expect(from).toHaveValue('');
    await expect(to).toHaveValue('');
    await expect(page.getByText(catalogues['uz-Latn'].validation.date, { exact: true })).toBeHidden();
  });
});
