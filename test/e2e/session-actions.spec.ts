import type { Page } from '@playwright/test';
import { catalogues, expect, languageSelect, test } from './fixtures';
import {
  dragTo,
  seedActionsCentre,
  sessionAt,
  sessionBlocks,
  sessionDrawer,
  texts,
  type ActionsCentre,
} from './session-actions-helpers';

// Monday 1 June 2026, 07:00 in Tashkent: no holiday in the weeks used here.
test.use({ now: '2026-06-01T07:00:00+05:00' });

const uz = texts('uz-Latn');

/** Where the pictures of the drawer and dialogs go, to be looked at after a run. */
const shot = (name: string) => `test-results/session-actions/${name}`;

/** Waits for the first fetch of the week, which a machine busy with other work may take a while to answer. */
async function calendarShows(page: Page, name: string) {
  await expect(sessionBlocks(page, name).first()).toBeVisible({ timeout: 20_000 });
}

/** Aliyev Sardor's speech therapy with Karimova, Mon/Wed at 10:00 for 8 sessions from today. */
function weeklyCourse(centre: ActionsCentre) {
  return {
    serviceId: centre.speech,
    specialistId: centre.karimova,
    roomId: centre.room,
    beneficiaryId: centre.child,
    motherGuardianId: centre.mother,
    date: '2026-06-01',
    startTime: '10:00',
    minutes: 45,
    repeat: { weekdays: [1, 3], intervalWeeks: 1, end: { kind: 'count', count: 8 } },
  };
}

test('a session dragged to another time stays there when the series’ time is edited', async ({
  page,
  gotoApp,
  call,
}) => {
  const centre = await seedActionsCentre(call);
  await call('schedule.book', weeklyCourse(centre));
  await gotoApp('/calendar');
  await calendarShows(page, 'Aliyev Sardor');
  await expect(sessionBlocks(page, 'Aliyev Sardor')).toHaveCount(2);

  // Wednesday's session, dragged from 10:00 to 12:00 on the same day.
  await dragTo(page, sessionAt(page, 'Aliyev Sardor', '10:00–10:45').last(), '2026-06-03', {
    from: '10:00',
    to: '12:00',
  });
  await expect(sessionAt(page, 'Aliyev Sardor', '12:00–12:45')).toHaveCount(1);
  const wednesday = await call('schedule.range', { from: '2026-06-03', to: '2026-06-03' });
  expect(wednesday.map((s) => [s.date, s.startTime])).toEqual([['2026-06-03', '12:00']]);

  // Monday's session: the whole series to 11:00.
  await sessionAt(page, 'Aliyev Sardor', '10:00–10:45').click();
  const drawer = sessionDrawer(page, 'uz-Latn');
  await expect(drawer.facts).toContainText('har hafta: dush, chor, soat 10:00da');
  await drawer.edit.click();
  const dialog = page.getByRole('dialog', { name: uz.edit.title });
  await expect(dialog.getByRole('radio', { name: uz.scope.edit.all })).toBeChecked();
  await dialog.getByLabel(uz.fields.startTime, { exact: true }).fill('11:00');
  await dialog.getByRole('button', { name: uz.edit.submit }).click();
  await expect(dialog).toBeHidden();

  await expect(sessionAt(page, 'Aliyev Sardor', '11:00–11:45')).toHaveCount(1);
  await expect(sessionAt(page, 'Aliyev Sardor', '12:00–12:45')).toHaveCount(1);
  await expect(sessionAt(page, 'Aliyev Sardor', '10:00–10:45')).toHaveCount(0);
  const term = await call('schedule.range', { from: '2026-06-01', to: '2026-06-30' });
  expect(term.map((s) => `${s.date} ${s.startTime}`)).toEqual([
    '2026-06-01 11:00',
    '2026-06-03 12:00',
    '2026-06-08 11:00',
    '2026-06-10 11:00',
    '2026-06-15 11:00',
    '2026-06-17 11:00',
    '2026-06-22 11:00',
    '2026-06-24 11:00',
  ]);

  // The moved session says so in its details.
  await drawer.drawer.getByRole('button', { name: uz.close }).click();
  await sessionAt(page, 'Aliyev Sardor', '12:00–12:45').click();
  await expect(drawer.facts).toContainText('Bu mashgʻulot koʻchirilgan (asl sanasi: 3-iyun 2026).');
});

test('a session cancelled for illness disappears and shows struck through with “Show cancelled”', async ({
  page,
  gotoApp,
  call,
}) => {
  const centre = await seedActionsCentre(call);
  await call('schedule.book', weeklyCourse(centre));
  await gotoApp('/calendar');
  await calendarShows(page, 'Aliyev Sardor');
  await sessionAt(page, 'Aliyev Sardor', '10:00–10:45').last().click();
  const drawer = sessionDrawer(page, 'uz-Latn');
  await expect(drawer.facts).toContainText('Karimova Dilnoza');
  await expect(drawer.facts).toContainText('Aliyev Nodira');
  await page.screenshot({ path: shot('session-drawer-uz-Latn.png') });
  await drawer.cancel.click();

  const dialog = page.getByRole('dialog', { name: uz.cancel.title });
  // Without a reason nothing is cancelled, and the reason is asked for in place.
  await dialog.getByRole('button', { name: uz.cancel.submit }).click();
  await expect(dialog).toContainText(catalogues['uz-Latn'].validation.invalidChoice);
  await dialog.getByRole('radio', { name: 'Kasallik' }).check();
  await dialog.getByLabel(uz.cancel.note, { exact: true }).fill('Shamollagan');
  await expect(dialog.getByRole('radio', { name: uz.scope.cancel.this })).toBeChecked();
  await page.screenshot({ path: shot('session-cancel-uz-Latn.png') });
  await dialog.getByRole('button', { name: uz.cancel.submit }).click();
  await expect(dialog).toBeHidden();
  await expect(sessionBlocks(page, 'Aliyev Sardor')).toHaveCount(1);

  const showCancelled = page.getByRole('switch', { name: uz.filters.showCancelled });
  await showCancelled.click();
  await expect(showCancelled).toBeChecked();
  const cancelled = page.locator('.imkon-session-cancelled');
  await expect(cancelled).toHaveCount(1);
  await expect(cancelled).toContainText(uz.cancelledShort.illness);
  await expect(cancelled.locator('.imkon-session-title')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(sessionBlocks(page, 'Aliyev Sardor')).toHaveCount(2);
  // The switch is in the address, so it survives going to another page and back.
  expect(page.url()).toContain('cancelled=1');
  await page.screenshot({ path: shot('session-cancelled-uz-Latn.png') });

  await cancelled.click();
  await expect(drawer.facts).toContainText(catalogues['uz-Latn'].schedule.cancelReasons.illness);
  await expect(drawer.facts).toContainText('Shamollagan');
  await expect(drawer.cancel).toHaveCount(0);

  await languageSelect(page, 'uz-Latn').selectOption('ru');
  const ru = texts('ru');
  await expect(page.locator('.imkon-session-cancelled')).toContainText(ru.cancelledShort.illness);
  await page.screenshot({ path: shot('session-cancelled-ru.png') });
});

test('filtering by specialist shows only that specialist’s sessions', async ({ page, gotoApp, call }) => {
  const centre = await seedActionsCentre(call);
  await call('schedule.book', weeklyCourse(centre));
  await call('schedule.book', {
    serviceId: centre.speech,
    specialistId: centre.usmonova,
    roomId: centre.hall,
    beneficiaryId: centre.other,
    date: '2026-06-02',
    startTime: '09:00',
    minutes: 30,
  });
  await gotoApp('/calendar');
  await calendarShows(page, 'Aliyev Sardor');
  await expect(sessionBlocks(page, 'Usmonov Jasur')).toHaveCount(1);
  await expect(sessionBlocks(page, 'Aliyev Sardor')).toHaveCount(2);

  const filters = page.getByTestId('calendar-filters');
  await filters.getByLabel(uz.filters.specialist, { exact: true }).click();
  await page.getByRole('option', { name: 'Karimova Dilnoza', exact: true }).click();
  await expect(sessionBlocks(page, 'Usmonov Jasur')).toHaveCount(0);
  await expect(sessionBlocks(page, 'Aliyev Sardor')).toHaveCount(2);
  expect(page.url()).toContain(`specialist=${centre.karimova}`);

  // The filter stays when the week changes.
  await page.getByRole('button', { name: 'Keyingi hafta' }).click();
  await expect(sessionBlocks(page, 'Aliyev Sardor')).toHaveCount(2);
  await expect(filters.getByLabel(uz.filters.specialist, { exact: true })).toHaveValue('Karimova Dilnoza');

  await filters.getByRole('button', { name: uz.filters.clear }).click();
  await page.getByRole('button', { name: 'Oldingi hafta' }).click();
  await expect(sessionBlocks(page, 'Usmonov Jasur')).toHaveCount(1);
});

test('a drop outside the specialist’s hours is put back, and a manager moves it anyway with a reason', async ({
  page,
  gotoApp,
  call,
}) => {
  const centre = await seedActionsCentre(call);
  await call('schedule.book', weeklyCourse(centre));
  await gotoApp('/calendar');
  await calendarShows(page, 'Aliyev Sardor');
  // Karimova does not work on Saturdays.
  await dragTo(page, sessionAt(page, 'Aliyev Sardor', '10:00–10:45').last(), '2026-06-06', {
    from: '10:00',
    to: '10:00',
  });
  const dialog = page.getByRole('dialog', { name: uz.drag.title });
  await expect(dialog.getByTestId('conflict-panel')).toBeVisible();
  await page.screenshot({ path: shot('session-drag-refused-uz-Latn.png') });
  // Put back: the session is still on Wednesday.
  const before = await call('schedule.range', { from: '2026-06-01', to: '2026-06-06' });
  expect(before.map((s) => s.date)).toEqual(['2026-06-01', '2026-06-03']);

  const anyway = dialog.getByRole('button', { name: uz.move.anyway });
  await anyway.click();
  await expect(dialog).toContainText(uz.drag.reasonRequired);
  await dialog.getByRole('textbox').fill('Ota-onasi iltimos qildi');
  await anyway.click();
  await expect(dialog).toBeHidden();
  const after = await call('schedule.range', { from: '2026-06-01', to: '2026-06-06' });
  expect(after.map((s) => `${s.date} ${s.startTime}`)).toEqual(['2026-06-01 10:00', '2026-06-06 10:00']);
  await expect(sessionBlocks(page, 'Aliyev Sardor')).toHaveCount(2);
});

test('the drawer and the dialogs in Russian', async ({ page, gotoApp, call }) => {
  const centre = await seedActionsCentre(call);
  await call('schedule.book', weeklyCourse(centre));
  await gotoApp('/calendar');
  await calendarShows(page, 'Aliyev Sardor');
  await languageSelect(page, 'uz-Latn').selectOption('ru');
  const ru = texts('ru');
  // From the keyboard: a session is a button in the grid, and Enter opens it.
  await sessionAt(page, 'Aliyev Sardor', '10:00–10:45').first().focus();
  await page.keyboard.press('Enter');
  const drawer = sessionDrawer(page, 'ru');
  await expect(drawer.facts).toContainText('каждую неделю: пн, ср, в 10:00');
  await page.screenshot({ path: shot('session-drawer-ru.png') });
  await drawer.move.click();
  const move = page.getByRole('dialog', { name: ru.move.title });
  await expect(move.getByLabel(ru.fields.date, { exact: true })).toHaveValue('01.06.2026');
  await page.screenshot({ path: shot('session-move-ru.png') });
  await move.getByRole('button', { name: ru.back }).click();
  await drawer.edit.click();
  const edit = page.getByRole('dialog', { name: ru.edit.title });
  await page.screenshot({ path: shot('session-edit-ru.png') });
  await edit.getByRole('button', { name: ru.back }).click();
  await drawer.cancel.click();
  await page.screenshot({ path: shot('session-cancel-ru.png') });
});
