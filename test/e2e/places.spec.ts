import type { Locator, Page } from '@playwright/test';
import { weekdayName } from '../../shared/i18n/dates';
import { textContrast } from './contrast';
import { catalogues, expect, languageSelect, test, type Language } from './fixtures';

/** A field-level message: shown next to the field and tied to it for screen readers. */
async function expectFieldError(field: Locator, message: string) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

function staffDialog(page: Page, language: Language) {
  const text = catalogues[language].places;
  const dialog = page.getByRole('dialog', { name: text.staff.addTitle, exact: true });
  const monday = weekdayName(1, language, 'long');
  return {
    dialog,
    field: (label: string) => dialog.getByLabel(label, { exact: true }),
    checkbox: (name: string) => dialog.getByRole('checkbox', { name, exact: true }),
    monday: (column: 'start' | 'end' | 'breakStart' | 'breakEnd') =>
      dialog.getByLabel(
        text.staff.fieldOn.replace('{{field}}', text.staff[column]).replace('{{day}}', monday),
        {
          exact: true,
        },
      ),
    save: dialog.getByRole('button', { name: text.actions.save, exact: true }),
  };
}

test.describe('on 10 March 2026', () => {
  test.use({ now: '2026-03-10T09:00:00+05:00' });

  test('adds a staff member with two roles, a service and Monday hours with a break', async ({
    page,
    gotoApp,
    call,
  }) => {
    const text = catalogues['uz-Latn'].places;
    await gotoApp('/settings/staff');
    await expect(page.getByRole('heading', { level: 1, name: text.staff.title })).toBeVisible();
    await page.getByRole('button', { name: text.staff.add, exact: true }).click();

    const form = staffDialog(page, 'uz-Latn');
    await form.field(text.staff.familyName).fill('Karimova');
    await form.field(text.staff.givenName).fill('Dilnoza');
    await form.field(text.staff.patronymic).fill('Anvar qizi');
    await form.field(text.staff.position).fill('Logoped');
    await form.field(text.staff.phone).fill('90 123 45 67');
    await form.checkbox(text.roles.specialist).check();
    await form.checkbox(text.roles.manager).check();
    await form.checkbox('Logoped mashgʻuloti').check();
    // Only Monday: the other days the new form ticks from the centre's week are unticked.
    for (const weekday of [2, 3, 4, 5, 6] as const) {
      await form.checkbox(weekdayName(weekday, 'uz-Latn', 'long')).uncheck();
    }
    await form.monday('start').fill('08:30');
    await form.monday('end').fill('17:00');
    await form.monday('breakStart').fill('12:00');
    await form.monday('breakEnd').fill('13:00');
    await form.save.click();

    await expect(form.dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: text.form.saved })).toBeVisible();
    const row = page.getByRole('row', { name: /Karimova Dilnoza Anvar qizi/ });
    await expect(row).toContainText('Logoped mashgʻuloti');
    await expect(row).toContainText('08:30–17:00');

    const [saved] = await call('staff.list');
    const speech = (await call('services.list')).find((s) => s.code === 'speech_therapy')!;
    expect(saved).toMatchObject({
      familyName: 'Karimova',
      givenName: 'Dilnoza',
      patronymic: 'Anvar qizi',
      roles: ['specialist', 'manager'],
      phone: '+998901234567',
      serviceIds: [speech.id],
      hours: [{ weekday: 1, start: '08:30', end: '17:00', breakStart: '12:00', breakEnd: '13:00' }],
    });
  });

  test('invalid staff details in Russian: messages per field, typed values kept, nothing saved', async ({
    page,
    gotoApp,
    call,
  }) => {
    const ru = catalogues.ru;
    await gotoApp('/settings/staff');
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    await page.getByRole('button', { name: ru.places.staff.add, exact: true }).click();

    const form = staffDialog(page, 'ru');
    await form.field(ru.places.staff.givenName).fill('Мадина');
    await form.field(ru.places.staff.phone).fill('12345');
    await form.monday('breakStart').fill('07:00');
    await form.monday('breakEnd').fill('08:30');
    await form.save.click();

    await expect(form.dialog.getByRole('alert').filter({ hasText: ru.places.form.fixErrors })).toBeVisible();
    await expectFieldError(form.field(ru.places.staff.familyName), ru.validation.required);
    await expectFieldError(form.field(ru.places.staff.phone), ru.validation.phone);
    await expectFieldError(form.monday('breakStart'), ru.places.validation.breakOutsideHours);
    await expect(form.dialog.getByText(ru.places.validation.rolesRequired, { exact: true })).toBeVisible();
    await expect(form.field(ru.places.staff.givenName)).not.toHaveAttribute('aria-invalid', 'true');
    // The first field with a problem has the focus.
    await expect(form.field(ru.places.staff.familyName)).toBeFocused();

    await expect(form.field(ru.places.staff.givenName)).toHaveValue('Мадина');
    await expect(form.field(ru.places.staff.phone)).toHaveValue('12345');
    await expect(form.monday('breakStart')).toHaveValue('07:00');
    expect(await call('staff.list', { includeInactive: true })).toEqual([]);

    // Corrected, it saves.
    await form.field(ru.places.staff.familyName).fill('Каримова');
    await form.field(ru.places.staff.phone).fill('+998 90 123 45 67');
    await form.checkbox(ru.places.roles.receptionist).check();
    await form.monday('breakStart').fill('12:00');
    await form.monday('breakEnd').fill('13:00');
    await form.save.click();
    await expect(form.dialog).toBeHidden();
    expect(await call('staff.list')).toEqual([
      expect.objectContaining({ familyName: 'Каримова', givenName: 'Мадина', roles: ['receptionist'] }),
    ]);
  });

  test('a staff member’s leave is added in the editor’s absences tab, refused backwards, and removed', async ({
    page,
    gotoApp,
    call,
  }) => {
    const text = catalogues['uz-Latn'].places;
    const staff = await call('staff.create', {
      familyName: 'Karimova',
      givenName: 'Dilnoza',
      patronymic: '',
      roles: ['specialist'],
      position: '',
      phone: '',
      serviceIds: [],
      hours: [],
      active: true,
    });
    await gotoApp('/settings/staff');
    await page
      .getByRole('button', { name: text.actions.editNamed.replace('{{name}}', 'Karimova Dilnoza') })
      .click();
    const dialog = page.getByRole('dialog', { name: text.staff.editTitle, exact: true });
    await dialog.getByRole('tab', { name: text.absences.title }).click();
    const panel = dialog.getByRole('tabpanel', { name: text.absences.title });
    await expect(panel).toContainText(text.absences.empty);
    const field = (label: string) => panel.getByLabel(label, { exact: true });

    await field(text.absences.kind).selectOption('sick');
    await field(text.absences.startDate).fill('20.03.2026');
    await field(text.absences.endDate).fill('17.03.2026');
    await panel.getByRole('button', { name: text.absences.add, exact: true }).click();
    await expectFieldError(field(text.absences.endDate), catalogues['uz-Latn'].validation.dateRange);
    await expect(field(text.absences.startDate)).toHaveValue('20.03.2026');

    await field(text.absences.startDate).fill('17.03.2026');
    await field(text.absences.endDate).fill('20.03.2026');
    await field(text.absences.note).fill('Shifokor maʼlumotnomasi');
    await panel.getByRole('button', { name: text.absences.add, exact: true }).click();
    await expect(panel.getByRole('status')).toHaveText(text.absences.added);
    const row = panel.getByRole('row', { name: /17\.03\.2026 – 20\.03\.2026/ });
    await expect(row.getByRole('cell')).toHaveText([
      '4',
      text.absenceKinds.sick,
      'Shifokor maʼlumotnomasi',
      /./,
    ]);
    // The form is empty again for the next one, its kind back to leave.
    await expect(field(text.absences.startDate)).toHaveValue('');
    await expect(field(text.absences.kind)).toHaveValue('leave');
    expect((await call('staff.get', { id: staff.id })).absences).toEqual([
      expect.objectContaining({ kind: 'sick', startDate: '2026-03-17', endDate: '2026-03-20' }),
    ]);

    const remove = row.getByRole('button', {
      name: text.absences.removeNamed.replace('{{dates}}', '17.03.2026 – 20.03.2026'),
    });
    // The red remove text stays readable on the striped row (WCAG AA for normal text).
    expect(await textContrast(remove)).toBeGreaterThanOrEqual(4.5);
    await remove.click();
    await expect(panel.getByRole('status')).toHaveText(text.absences.removed);
    await expect(panel).toContainText(text.absences.empty);
    expect((await call('staff.get', { id: staff.id })).absences).toEqual([]);
  });

  test('adds a centre closure and sees it listed; a last day before the first is refused there', async ({
    page,
    gotoApp,
    call,
  }) => {
    const text = catalogues['uz-Latn'].places;
    await gotoApp('/settings/closures');
    await expect(
      page.getByRole('heading', { level: 2, name: text.closures.yearHeading.replace('{{year}}', '2026') }),
    ).toBeVisible();
    await page.getByRole('button', { name: text.closures.add, exact: true }).click();

    const dialog = page.getByRole('dialog', { name: text.closures.addTitle, exact: true });
    const field = (label: string) => dialog.getByLabel(label, { exact: true });
    await field(text.closures.name).fill('Sanitariya kuni');
    await field(text.closures.startDate).fill('17.03.2026');
    await field(text.closures.endDate).fill('16.03.2026');
    await dialog.getByRole('button', { name: text.actions.save, exact: true }).click();
    await expectFieldError(field(text.closures.endDate), catalogues['uz-Latn'].validation.dateRange);
    await expect(field(text.closures.name)).toHaveValue('Sanitariya kuni');

    await field(text.closures.endDate).fill('18.03.2026');
    await dialog.getByRole('button', { name: text.actions.save, exact: true }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: /Sanitariya kuni/ });
    await expect(row).toContainText('17.03.2026 – 18.03.2026');
    await expect(row).toContainText(text.closureKinds.centre);

    const listed = await call('closures.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(listed.filter((c) => c.kind === 'centre')).toEqual([
      expect.objectContaining({ name: 'Sanitariya kuni', startDate: '2026-03-17', endDate: '2026-03-18' }),
    ]);
  });
});

test('the settings sections are a navigation that marks the current page', async ({ page, gotoApp }) => {
  const text = catalogues['uz-Latn'].places;
  await gotoApp('/settings');
  const sections = page.getByRole('navigation', { name: text.nav.label, exact: true });
  await expect(sections.getByRole('link', { name: text.nav.centre })).toHaveAttribute('aria-current', 'page');
  await expect(
    page.getByRole('heading', { level: 1, name: catalogues['uz-Latn'].settings.title }),
  ).toBeVisible();

  await sections.getByRole('link', { name: text.nav.services }).click();
  await expect(page).toHaveURL(/#\/settings\/services$/);
  await expect(sections.getByRole('link', { name: text.nav.services })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(sections.getByRole('link', { name: text.nav.centre })).not.toHaveAttribute('aria-current');
  await expect(page.getByRole('rowheader', { name: 'Logoped mashgʻuloti' })).toBeVisible();

  // Service names are the service's own data in each language.
  await languageSelect(page, 'uz-Latn').selectOption('ru');
  await expect(page.getByRole('rowheader', { name: 'Логопедические занятия' })).toBeVisible();
});

test('a room named like another is refused at the name, in the person’s language', async ({
  page,
  gotoApp,
  call,
}) => {
  const text = catalogues.en.places;
  await gotoApp('/settings/rooms');
  await languageSelect(page, 'uz-Latn').selectOption('en');
  await page.getByRole('button', { name: text.rooms.add, exact: true }).click();
  let dialog = page.getByRole('dialog', { name: text.rooms.addTitle, exact: true });
  await dialog.getByLabel(text.rooms.name, { exact: true }).fill('Swimming pool');
  await dialog.getByLabel(text.rooms.kind, { exact: true }).selectOption('pool');
  await dialog.getByLabel(text.rooms.capacity, { exact: true }).fill('12');
  await dialog.getByRole('button', { name: text.actions.save, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name: 'Swimming pool' })).toBeVisible();

  await page.getByRole('button', { name: text.rooms.add, exact: true }).click();
  dialog = page.getByRole('dialog', { name: text.rooms.addTitle, exact: true });
  await dialog.getByLabel(text.rooms.name, { exact: true }).fill('swimming POOL');
  await dialog.getByRole('button', { name: text.actions.save, exact: true }).click();
  await expectFieldError(dialog.getByLabel(text.rooms.name, { exact: true }), text.validation.roomNameTaken);
  expect(await call('rooms.list')).toHaveLength(1);
});
