import type { Page } from '@playwright/test';
import { makePinfl } from '../../shared/domain/pinfl';
import { catalogues, expect, test, type Language } from './fixtures';

function person(familyName: string, serial: number) {
  const birthDate = '2020-04-11';
  return {
    familyName,
    givenName: 'Sardor',
    birthDate,
    sex: 'male',
    pinfl: makePinfl(birthDate, 'male', 203, serial),
    consentDate: '2026-03-02',
    consentTakenBy: 'Yoʻldosheva M.',
    hasDisability: false,
    status: 'active',
    guardians: [
      { relation: 'mother', familyName, givenName: 'Nodira', phone: `90 123-45-${serial}`, isPrimary: true },
    ],
  };
}

function backupsPage(page: Page, language: Language) {
  const text = catalogues[language].backup;
  return {
    text,
    heading: page.getByRole('heading', { level: 1, name: text.title, exact: true }),
    backUpNow: page.getByRole('button', { name: text.now, exact: true }),
    table: page.getByRole('table', { name: text.list.title }),
  };
}

test('back up now, see the backup listed with its contents, restore it: the data as it was, after a reload', async ({
  page,
  gotoApp,
  call,
  backend,
}) => {
  await call('people.create', person('Aliyev', 11));
  const ui = backupsPage(page, 'uz-Latn');
  await gotoApp('/settings/backups');
  // The first page of a worker builds its bundle cache: more time than the usual 5 s on a loaded machine.
  await expect(ui.heading).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(ui.text.status.none)).toBeVisible();

  await ui.backUpNow.click();
  await expect(page.getByRole('status').filter({ hasText: ui.text.nowDone })).toBeVisible();
  const rows = ui.table.getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(ui.text.reasons.manual);
  await expect(rows.nth(1)).toContainText('Odamlar: 1 · Mashgʻulotlar: 0 · Davomat belgilari: 0');

  // A second person after the backup: the restore takes the data back to one.
  await call('people.create', person('Usmonov', 12));
  await rows
    .nth(1)
    .getByRole('button', { name: /nusxani tiklash$/ })
    .click();
  const dialog = page.getByRole('dialog', { name: ui.text.restore.confirmTitle });
  await expect(dialog).toContainText('Avval hozirgi maʼlumotlarning nusxasi saqlanadi');
  await dialog.getByRole('button', { name: ui.text.restore.confirm, exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('holatidagi nusxa tiklandi');

  // The app reloads on the restored data: the list now also holds the copy taken before the restore.
  await expect(rows).toHaveCount(3, { timeout: 15_000 });
  await expect(rows.nth(1)).toContainText(ui.text.reasons.preRestore);
  await expect(rows.nth(1)).toContainText('Odamlar: 2');
  const people = await backend.db.selectFrom('beneficiaries').select('family_name').execute();
  expect(people).toEqual([{ family_name: 'Aliyev' }]);
});

test('the backups page in Russian: a relative folder is refused next to the field, nothing saved', async ({
  page,
  gotoApp,
  call,
}) => {
  await page.addInitScript(() => {
    const storage = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } })
      .localStorage;
    storage.setItem('imkon.language', 'ru');
  });
  const ui = backupsPage(page, 'ru');
  await gotoApp('/settings/backups');
  await expect(ui.heading).toBeVisible({ timeout: 15_000 });
  const folder = page.getByLabel(ui.text.folder.label, { exact: true });
  // A browser has no folder dialog to offer: the path is typed (the desktop app adds "Choose folder…").
  await expect(folder).toBeVisible();
  await expect(page.getByRole('button', { name: ui.text.folder.choose })).toHaveCount(0);
  await folder.fill('kopii');
  await page.getByRole('button', { name: ui.text.save, exact: true }).click();
  await expect(folder).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(ui.text.validation.folderAbsolute)).toBeVisible();
  await expect(folder).toHaveValue('kopii');
  expect((await call('backup.status')).settings).toEqual({ folder: null, intervalHours: 4 });
});
