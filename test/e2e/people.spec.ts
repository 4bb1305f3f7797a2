import type { Locator, Page } from '@playwright/test';
import type { BeneficiaryInput } from '../../shared/contract/people';
import { makePinfl } from '../../shared/domain/pinfl';
import { textContrast } from './contrast';
import { catalogues, expect, languageSelect, test, type Language } from './fixtures';

// 10 March 2026, 10:00 in Tashkent: the backend's and the page's clock, so ages and "today" are fixed.
test.use({ now: '2026-03-10T05:00:00Z' });

const uz = catalogues['uz-Latn'].people;

/** The form's fields, found by their labels (and the guardian's inside its "Guardian N" group). */
function personForm(page: Page, language: Language = 'uz-Latn') {
  const p = catalogues[language].people;
  // By role and accessible name: a required field's label also shows an asterisk, which its name leaves out.
  const field = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
  const select = (scope: Page | Locator, name: string) => scope.getByRole('combobox', { name, exact: true });
  const guardian = (n: number) =>
    page.getByRole('group', { name: p.form.guardian.replace('{{n}}', String(n)) });
  return {
    familyName: field(page, p.fields.familyName).first(),
    givenName: field(page, p.fields.givenName).first(),
    patronymic: field(page, p.fields.patronymic).first(),
    birthDate: field(page, p.fields.birthDate),
    sex: (sex: 'female' | 'male') => page.getByRole('radio', { name: p.sex[sex], exact: true }),
    pinfl: field(page, p.fields.pinfl),
    region: select(page, p.fields.region),
    district: select(page, p.fields.district),
    mahalla: field(page, p.fields.mahalla),
    guardian: (n: number) => ({
      relation: select(guardian(n), p.fields.relation),
      familyName: field(guardian(n), p.fields.familyName),
      givenName: field(guardian(n), p.fields.givenName),
      phone: field(guardian(n), p.fields.phone),
    }),
    referralCentre: select(page, p.fields.referralCentre),
    referralNumber: field(page, p.fields.referralNumber),
    referralDate: field(page, p.fields.referralDate),
    service: (name: string) => page.getByRole('checkbox', { name, exact: true }),
    consentDate: field(page, p.fields.consentDate),
    consentTakenBy: field(page, p.fields.consentTakenBy),
    status: (status: 'waiting' | 'active' | 'discharged') =>
      page.getByRole('radio', { name: p.status[status], exact: true }),
    save: page.getByRole('button', { name: p.form.save, exact: true }),
  };
}

/** Opens the registration form and waits until it is on screen (it appears once the services have loaded). */
async function openNewForm(page: Page, gotoApp: (route: string) => Promise<void>) {
  await gotoApp('/people/new');
  await expect(page.getByRole('button', { name: uz.form.save, exact: true })).toBeVisible({
    timeout: 10_000,
  });
}

/** A field-level message: shown next to the field and tied to it for screen readers. */
async function expectFieldError(field: Locator, message: string) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(escape(message)));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SHAHZOD_PINFL = makePinfl('2023-06-02', 'male', 203, 41);

test('registering a child with a guardian and a referral, then finding him by a Cyrillic spelling', async ({
  page,
  gotoApp,
  call,
}) => {
  const services = await call('services.list', {});
  const earlyIntervention = services.find((s) => s.code === 'early_intervention')!;

  await gotoApp('/people');
  await page.getByRole('link', { name: uz.actions.register, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: uz.form.titleNew })).toBeVisible();

  const form = personForm(page);
  await form.familyName.fill('Karimov');
  await form.givenName.fill('Shahzod');
  await form.patronymic.fill('Alisher oʻgʻli');
  await form.birthDate.fill('2.6.2023');
  await form.sex('male').check();
  await form.pinfl.fill(`${SHAHZOD_PINFL.slice(0, 7)} ${SHAHZOD_PINFL.slice(7)}`);
  await form.region.selectOption('andijan');
  await form.district.selectOption('andijan.asaka');
  await form.mahalla.fill('Bogʻishamol');

  const mother = form.guardian(1);
  await mother.relation.selectOption('mother');
  await mother.familyName.fill('Karimova');
  await mother.givenName.fill('Dilnoza');
  await mother.phone.fill('90 123-45-67');

  await form.referralCentre.fill('Asaka');
  await page.getByRole('option', { name: 'Asaka tumani «Inson» ijtimoiy xizmatlar markazi' }).click();
  await form.referralNumber.fill('47/2026');
  await form.referralDate.fill('20.02.2026');
  await form.service(earlyIntervention.names['uz-Latn']).check();
  await form.consentDate.fill('02.03.2026');
  await form.consentTakenBy.fill('Yoʻldosheva M.');
  await form.status('active').check();
  await form.save.click();

  // The person's page: details, the guardian with the phone shown in groups, the referral.
  await expect(page.getByRole('heading', { level: 1, name: 'Karimov Shahzod Alisher oʻgʻli' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: uz.page.saved })).toBeVisible();
  const guardians = page.getByRole('region', { name: uz.page.guardians });
  await expect(guardians.getByRole('listitem').filter({ hasText: 'Karimova Dilnoza' })).toContainText(
    '+998 90 123 45 67',
  );
  await expect(guardians).toContainText(uz.relation.mother);
  await expect(guardians).toContainText(uz.page.mother);
  const referral = page.getByRole('region', { name: uz.page.referral });
  await expect(referral).toContainText('Asaka tumani «Inson» ijtimoiy xizmatlar markazi');
  await expect(referral).toContainText('47/2026');
  await expect(referral).toContainText('20-fevral 2026');
  await expect(referral).toContainText(earlyIntervention.names['uz-Latn']);
  await expect(page.getByRole('region', { name: uz.page.details })).toContainText(SHAHZOD_PINFL);

  const stored = await call('people.search', { query: SHAHZOD_PINFL });
  expect(stored.items).toHaveLength(1);
  expect(stored.items[0]?.primaryGuardian?.phone).toBe('+998901234567');

  // A second person, so the search has something to leave out.
  await call('people.create', {
    familyName: 'Rahimova',
    givenName: 'Laylo',
    birthDate: '2021-08-02',
    sex: 'female',
  });

  await page.getByRole('link', { name: uz.actions.back }).click();
  await expect(page.getByRole('status').filter({ hasText: '1–2' })).toBeVisible();
  await page.getByLabel(uz.list.search, { exact: true }).fill('Шахзод');
  await expect(page.getByRole('status').filter({ hasText: '1–1' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('+998 90 123 45 67');
  await page.getByRole('link', { name: 'Karimov Shahzod Alisher oʻgʻli' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Karimov Shahzod Alisher oʻgʻli' })).toBeVisible();

  // Back to the list: the search is still there, kept in the address.
  await page.goBack();
  await expect(page.getByLabel(uz.list.search, { exact: true })).toHaveValue('Шахзод');
  await expect(page.getByRole('status').filter({ hasText: '1–1' })).toBeVisible();
});

test('a name stored in Cyrillic is found by its Latin spelling, and by a guardian’s phone', async ({
  page,
  gotoApp,
  call,
}) => {
  await call('people.create', {
    familyName: 'Тошматов',
    givenName: 'Шаҳзод',
    birthDate: '2018-11-20',
    sex: 'male',
    guardians: [{ relation: 'father', familyName: 'Тошматов', givenName: 'Жамшид', phone: '97 700 00 01' }],
  } satisfies BeneficiaryInput);
  await call('people.create', {
    familyName: 'Aliyeva',
    givenName: 'Madina',
    birthDate: '2020-01-05',
    sex: 'female',
  });

  await gotoApp('/people');
  const search = page.getByLabel(uz.list.search, { exact: true });
  await search.fill('shahzod');
  await expect(page.getByRole('link', { name: 'Тошматов Шаҳзод' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aliyeva Madina' })).toHaveCount(0);

  await search.fill('+998 97 700-00-01');
  await expect(page.getByRole('link', { name: 'Тошматов Шаҳзод' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);

  await search.fill('');
  await page.getByLabel(uz.fields.age, { exact: true }).selectOption('under3');
  await expect(page.getByRole('link', { name: 'Aliyeva Madina' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: uz.list.none })).toBeVisible();
});

test('registering someone already recorded warns and links to the existing record', async ({
  page,
  gotoApp,
  call,
}) => {
  const existing = await call('people.create', {
    familyName: 'Каримов',
    givenName: 'Шаҳзод',
    birthDate: '2023-06-02',
    sex: 'male',
    pinfl: SHAHZOD_PINFL,
  } satisfies BeneficiaryInput);

  await openNewForm(page, gotoApp);
  const form = personForm(page);
  await form.familyName.fill('Karimov');
  await form.givenName.fill('Shahzod');
  await form.birthDate.fill('02.06.2023');
  await form.sex('male').check();
  await form.save.click();

  const warning = page.getByRole('alert').filter({ hasText: uz.duplicates.nameTitle });
  await expect(warning).toBeVisible();
  const link = warning.getByRole('link', { name: /Каримов Шаҳзод/ });
  await expect(link).toHaveAttribute('href', `#/people/${existing.id}`);
  expect((await call('people.search', {})).total).toBe(1);

  // The same PINFL is refused outright: no "save anyway", a message on the PINFL.
  await form.pinfl.fill(SHAHZOD_PINFL);
  await form.save.click();
  await expect(page.getByRole('alert').filter({ hasText: uz.duplicates.pinflTitle })).toBeVisible();
  await expect(page.getByRole('button', { name: uz.duplicates.saveAnyway })).toHaveCount(0);
  await expectFieldError(form.pinfl, uz.validation.pinflTaken);

  // Without the PINFL it is a name match, which the person may confirm as someone else.
  await form.pinfl.fill('');
  await form.save.click();
  await page.getByRole('button', { name: uz.duplicates.saveAnyway }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Karimov Shahzod' })).toBeVisible();
  expect((await call('people.search', {})).total).toBe(2);

  // The warning's link opens the existing record.
  await openNewForm(page, gotoApp);
  await form.familyName.fill('Karimov');
  await form.givenName.fill('Shahzod');
  await form.birthDate.fill('02.06.2023');
  await form.sex('male').check();
  await form.save.click();
  await page
    .getByRole('alert')
    .getByRole('link', { name: /Каримов Шаҳзод/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Каримов Шаҳзод' })).toBeVisible();
});

test('invalid data in Russian: messages at each field, typed values kept, nothing saved', async ({
  page,
  gotoApp,
  call,
}) => {
  const ru = catalogues.ru;
  await openNewForm(page, gotoApp);
  await languageSelect(page, 'uz-Latn').selectOption('ru');
  const form = personForm(page, 'ru');
  await form.givenName.fill('Мадина');
  await form.birthDate.fill('31.02.2020');
  await form.sex('female').check();
  await form.pinfl.fill('1234');
  const guardian = form.guardian(1);
  await guardian.relation.selectOption('mother');
  await guardian.familyName.fill('Тошматова');
  await guardian.givenName.fill('Зулфия');
  await guardian.phone.fill('+7 901 234 56 78');
  await form.save.click();

  await expect(page.getByRole('alert').filter({ hasText: ru.people.form.fixErrors })).toBeVisible();
  await expectFieldError(form.familyName, ru.validation.required);
  await expectFieldError(form.birthDate, ru.validation.date);
  await expectFieldError(form.pinfl, ru.validation.pinflFormat);
  await expectFieldError(guardian.phone, ru.validation.phone);
  await expect(form.familyName).toBeFocused();
  await expect(form.givenName).toHaveValue('Мадина');
  await expect(form.birthDate).toHaveValue('31.02.2020');
  await expect(guardian.phone).toHaveValue('+7 901 234 56 78');
  expect((await call('people.search', {})).total).toBe(0);

  // An active person needs documents and a consent: the rules across fields speak up once the fields are fine.
  await form.familyName.fill('Тошматова');
  await form.birthDate.fill('29.02.2020');
  await form.pinfl.fill('');
  await guardian.phone.fill('+998 90 000 11 22');
  await form.status('active').check();
  await form.save.click();
  await expectFieldError(form.pinfl, ru.people.validation.identityRequired);
  await expectFieldError(form.consentDate, ru.people.validation.consentRequired);
  expect((await call('people.search', {})).total).toBe(0);

  await form.status('waiting').check();
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Тошматова Мадина' })).toBeVisible();
  await expect(page.getByRole('region', { name: ru.people.page.guardians })).toContainText(
    '+998 90 000 11 22',
  );
});

test('editing a person: the stored values in the form, a guardian added and one removed', async ({
  page,
  gotoApp,
  call,
}) => {
  const person = await call('people.create', {
    familyName: 'Rahimova',
    givenName: 'Laylo',
    birthDate: '2021-08-02',
    sex: 'female',
    phone: '+998911112233',
    guardians: [
      {
        relation: 'grandmother',
        familyName: 'Rahimova',
        givenName: 'Zuhra',
        phone: '93 555 00 11',
        isPrimary: true,
      },
    ],
  } satisfies BeneficiaryInput);

  await gotoApp(`/people/${person.id}`);
  await page.getByRole('link', { name: uz.actions.edit, exact: true }).click();
  const form = personForm(page);
  await expect(form.givenName).toHaveValue('Laylo');
  await expect(form.birthDate).toHaveValue('02.08.2021');
  await expect(form.guardian(1).phone).toHaveValue('+998 93 555 00 11');

  await page.getByRole('button', { name: uz.form.addGuardian, exact: true }).click();
  const mother = form.guardian(2);
  await mother.relation.selectOption('mother');
  await mother.familyName.fill('Rahimova');
  await mother.givenName.fill('Nodira');
  await mother.phone.fill('+998 (90) 765-43-21');
  await page
    .getByRole('group', { name: uz.form.guardian.replace('{{n}}', '2') })
    .getByRole('radio')
    .check();
  const removeFirst = page.getByRole('button', {
    name: uz.form.removeGuardian.replace('{{n}}', '1'),
    exact: true,
  });
  // Red text on the guardian's grey panel is still readable (WCAG AA for normal text).
  expect(await textContrast(removeFirst)).toBeGreaterThanOrEqual(4.5);
  await removeFirst.click();
  await form.save.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Rahimova Laylo' })).toBeVisible();
  const guardians = page.getByRole('region', { name: uz.page.guardians });
  await expect(guardians.getByRole('listitem')).toHaveCount(1);
  await expect(guardians).toContainText('Rahimova Nodira');
  await expect(guardians).toContainText('+998 90 765 43 21');
  await expect(guardians).toContainText(uz.fields.primaryGuardian);
  const stored = await call('people.get', { id: person.id });
  expect(stored.guardians.map((g) => [g.relation, g.isPrimary])).toEqual([['mother', true]]);
});
