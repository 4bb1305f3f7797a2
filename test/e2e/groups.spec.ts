import { expect, languageSelect, test } from './fixtures';
import { choose, groupsText, openEnrol, seedPoolCentre } from './groups-helpers';
import { weekdayName } from '../../shared/i18n/dates';

test.describe('on Monday 16 March 2026', () => {
  test.use({ now: '2026-03-16T09:00:00+05:00' });

  test('enrol children into a pool group up to capacity and put the next one on the waiting list', async ({
    page,
    call,
    gotoApp,
  }) => {
    // Creating a group and five dialogs through the real backend, on a machine shared with other tests.
    test.setTimeout(120_000);
    const centre = await seedPoolCentre(call);
    const text = groupsText('uz-Latn');
    const [first, second, third, fourth] = centre.children as [string, string, string, string];

    // A pool group with three places, created through the form.
    await gotoApp('/groups');
    await expect(page.getByRole('heading', { level: 1, name: text.list.title })).toBeVisible();
    await page.getByRole('link', { name: text.list.newGroup }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.form.titleNew })).toBeVisible();
    await page.getByRole('textbox', { name: text.form.name }).fill('Suzish, 4–6 yosh, Se/Pa 10:00');
    await choose(page, text.form.service, 'Suzish havzasi');
    await choose(page, text.form.teacher, /Toshmatova Gulnora/);
    await choose(page, text.form.room, 'Basseyn');
    await page.getByRole('textbox', { name: text.form.capacity }).fill('3');
    await page.getByRole('textbox', { name: text.form.youngestYears }).fill('4');
    await page.getByRole('textbox', { name: text.form.oldestYears }).fill('6');
    for (const day of [2, 4] as const)
      await page.getByText(weekdayName(day, 'uz-Latn', 'long'), { exact: true }).click();
    await page.getByRole('textbox', { name: text.form.startDate }).fill('17.03.2026');
    await page.getByRole('textbox', { name: text.form.count }).fill('12');
    await page.getByRole('button', { name: text.actions.create }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Suzish, 4–6 yosh, Se/Pa 10:00' }),
    ).toBeVisible();
    await expect(page.getByText('sesh, pay 10:00–10:45', { exact: true })).toBeVisible();
    await expect(page.getByText('4–6 yosh', { exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/groups-page-empty-uz-Latn.png', fullPage: true });

    // Three children fill the three places.
    for (const child of [first, second, third]) {
      const dialog = await openEnrol(page, 'uz-Latn', child);
      await dialog.getByRole('button', { name: text.enrol.submit }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('roster-row').filter({ hasText: child })).toBeVisible();
    }
    await expect(page.getByTestId('group-places')).toHaveText('3 tadan 3 ta');

    // The fourth is refused as the group is full and goes on the waiting list from that message.
    const dialog = await openEnrol(page, 'uz-Latn', fourth);
    await dialog.getByRole('button', { name: text.enrol.submit }).click();
    const full = dialog.getByTestId('group-full');
    await expect(full).toContainText(text.enrol.fullTitle);
    await full.getByRole('textbox', { name: text.waiting.note }).fill('Onasi har kuni qoʻngʻiroq qiladi');
    await page.screenshot({ path: 'test-results/screenshots/groups-full-uz-Latn.png', fullPage: true });
    await full.getByRole('button', { name: text.enrol.putOnWaiting }).click();
    await expect(dialog).toBeHidden();
    const waitingRow = page.getByTestId('waiting-row').filter({ hasText: fourth });
    await expect(waitingRow).toContainText(text.statuses.waiting);
    await expect(waitingRow).toContainText('Onasi har kuni qoʻngʻiroq qiladi');

    // One child leaves: the place is offered to the waiting child, who is enrolled from the offer.
    await page.getByRole('button', { name: text.roster.leaveFor.replace('{{name}}', first) }).click();
    const leave = page.getByRole('dialog');
    await expect(leave.getByRole('textbox', { name: text.leave.lastDate })).toHaveValue('16.03.2026');
    await leave.getByRole('button', { name: text.leave.submit }).click();
    await expect(leave).toBeHidden();
    const offer = page.getByTestId('offer');
    await expect(offer).toContainText(fourth);
    await expect(offer).toContainText(text.priorities.normal);
    await expect(page.getByTestId('waiting-row').filter({ hasText: fourth })).toContainText(
      text.statuses.offered,
    );
    await page.screenshot({ path: 'test-results/screenshots/groups-offer-uz-Latn.png', fullPage: true });

    await offer.getByRole('button', { name: text.offer.enrol }).click();
    const enrol = page.getByRole('dialog');
    await expect(enrol.getByRole('textbox', { name: text.enrol.startDate })).toHaveValue('17.03.2026');
    await enrol.getByRole('button', { name: text.enrol.submit }).click();
    await expect(enrol).toBeHidden();
    await expect(page.getByTestId('roster-row').filter({ hasText: fourth })).toContainText('17.03.2026');
    await expect(page.getByTestId('waiting-row')).toHaveCount(0);
    await expect(page.getByTestId('group-places')).toHaveText('3 tadan 3 ta');

    // The list counts the same.
    await page.getByRole('link', { name: text.page.back }).click();
    const row = page.getByTestId('group-row');
    await expect(row).toContainText('Suzish havzasi');
    await expect(row).toContainText('Toshmatova G.');
    await expect(row).toContainText(text.list.full);
    await page.screenshot({ path: 'test-results/screenshots/groups-list-uz-Latn.png', fullPage: true });

    // The same pages in Russian: ages and the timetable in its words, numbers agreeing with their nouns.
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    await expect(row).toContainText('4–6 лет');
    await expect(row).toContainText('вт, чт 10:00–10:45');
    await expect(row).toContainText(groupsText('ru').list.full);
    await page.screenshot({ path: 'test-results/screenshots/groups-list-ru.png', fullPage: true });
    await row.getByRole('link').click();
    await expect(page.getByText('после 12 занятий', { exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/groups-page-ru.png', fullPage: true });
    await page.getByRole('link', { name: groupsText('ru').page.edit }).click();
    await expect(page.getByRole('textbox', { name: groupsText('ru').form.oldestYears })).toHaveValue('6');
    await page.screenshot({ path: 'test-results/screenshots/groups-form-ru.png', fullPage: true });
  });

  test('a service’s waiting list: add someone for individual sessions, raise the priority, withdraw', async ({
    page,
    call,
    gotoApp,
  }) => {
    test.setTimeout(90_000);
    const centre = await seedPoolCentre(call);
    const text = groupsText('ru');
    const child = centre.children[1]!;
    await gotoApp(`/groups/waiting?service=${centre.pool}`);
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    await expect(page.getByRole('heading', { level: 1, name: text.waiting.title })).toBeVisible();
    await expect(page.getByText(text.waiting.empty)).toBeVisible();

    await page.getByRole('button', { name: text.waiting.add }).click();
    const add = page.getByRole('dialog');
    await add.getByRole('combobox', { name: text.enrol.person }).fill(child.split(' ')[0]!);
    await page.getByRole('option', { name: new RegExp(child) }).click();
    await expect(add.getByRole('combobox', { name: text.waiting.list })).toHaveValue(text.waiting.individual);
    await add.getByRole('textbox', { name: text.waiting.note }).fill('Только по утрам');
    await add.getByRole('button', { name: text.waiting.add }).click();
    await expect(add).toBeHidden();
    const row = page.getByTestId('waiting-row').filter({ hasText: child });
    await expect(row).toContainText('Бассейн: индивидуальные занятия');
    await expect(row).toContainText(text.priorities.normal);

    await row.getByRole('button', { name: text.waiting.editFor.replace('{{name}}', child) }).click();
    const edit = page.getByRole('dialog');
    await choose(page, text.waiting.priority, text.priorities.urgent);
    await edit.getByRole('button', { name: text.actions.save }).click();
    await expect(edit).toBeHidden();
    await expect(row).toContainText(text.priorities.urgent);
    await page.screenshot({ path: 'test-results/screenshots/groups-waiting-ru.png', fullPage: true });

    await row.getByRole('button', { name: text.waiting.withdrawFor.replace('{{name}}', child) }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText(child);
    await confirm.getByRole('button', { name: text.waiting.withdraw }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId('waiting-row')).toHaveCount(0);
    await page.getByRole('checkbox', { name: text.waiting.includeClosed }).check();
    await expect(page.getByTestId('waiting-row').filter({ hasText: child })).toContainText(
      text.statuses.withdrawn,
    );
  });
});
