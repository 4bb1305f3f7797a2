import { catalogues, expect, test } from './fixtures';
import { seedActionsCentre, sessionBlocks, sessionDrawer, texts } from './session-actions-helpers';

// Monday 1 June 2026, 07:00 in Tashkent.
test.use({ now: '2026-06-01T07:00:00+05:00' });

test('cancelling a session names who waits first for that service, and opens their list', async ({
  page,
  gotoApp,
  call,
}) => {
  const centre = await seedActionsCentre(call);
  await call('schedule.book', {
    serviceId: centre.speech,
    specialistId: centre.karimova,
    roomId: centre.room,
    beneficiaryId: centre.child,
    date: '2026-06-02',
    startTime: '10:00',
    minutes: 45,
  });
  await call('waiting.add', {
    beneficiaryId: centre.other,
    serviceId: centre.speech,
    priority: 'high',
    note: 'Ertalab',
  });

  await gotoApp('/calendar');
  await expect(sessionBlocks(page, 'Aliyev Sardor')).toHaveCount(1, { timeout: 20_000 });
  await sessionBlocks(page, 'Aliyev Sardor').click();
  await sessionDrawer(page, 'uz-Latn').cancel.click();
  const uz = texts('uz-Latn');
  const cancel = page.getByRole('dialog', { name: uz.cancel.title });
  await cancel.getByRole('radio', { name: catalogues['uz-Latn'].schedule.cancelReasons.family }).check();
  await cancel.getByRole('button', { name: uz.cancel.submit }).click();

  const freed = page.getByRole('dialog', { name: uz.freed.title });
  await expect(freed).toContainText('Usmonov Jasur');
  await expect(freed).toContainText(catalogues['uz-Latn'].groups.priorities.high);
  await expect(freed).toContainText('2-iyun 2026');
  await page.screenshot({ path: 'test-results/freed-slot/freed-uz-Latn.png' });
  await freed.getByRole('button', { name: uz.freed.openList }).click();
  await expect(page).toHaveURL(new RegExp(`#/groups/waiting\\?service=${centre.speech}`));
  await expect(page.getByTestId('waiting-row').filter({ hasText: 'Usmonov Jasur' })).toBeVisible();
});
