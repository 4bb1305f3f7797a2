// Sessions without a note, filtered by specialist from the keyboard alone: a specialist is chosen and "all
// specialists" is had back as an option of the list (Mantine's clear button is out of the tab order, and
// emptying the typed text keeps the choice).
import { catalogues, expect, test } from './fixtures';
import { seedTodayCentre, TUESDAY } from './today-helpers';

const notes = catalogues['uz-Latn'].notes;

test.use({ now: `${TUESDAY}T15:00:00+05:00` });

test('the specialist filter is chosen and cleared with the keyboard', async ({ page, call, gotoApp }) => {
  test.setTimeout(90_000);
  const centre = await seedTodayCentre(call);
  // Two sessions owed a note: Aliyev Sardor's speech at 09:00 (Karimova) and the pool group's at 10:00.
  const day = await call('attendance.day', { date: TUESDAY });
  const at = (time: string) => day.sessions.find((s) => s.startTime === time)!.sessionId;
  await call('attendance.mark', {
    sessionId: at('09:00'),
    beneficiaryId: centre.ids['Aliyev Sardor'],
    mark: 'present',
  });
  await call('attendance.mark', {
    sessionId: at('10:00'),
    beneficiaryId: centre.ids['Karimova Zarina'],
    mark: 'present',
  });

  await gotoApp('/notes');
  await expect(page.getByRole('heading', { level: 1, name: notes.missing.title })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  // The heading row and both sessions.
  await expect(rows).toHaveCount(3);
  const specialist = page.getByRole('combobox', { name: notes.missing.specialist });
  await expect(specialist).toHaveValue(notes.missing.anySpecialist);

  // Reached with Tab from the control before it (the skip link's target, the page's main region, is first).
  await page.getByRole('main').focus();
  await page.keyboard.press('Tab');
  await expect(specialist).toBeFocused();
  await page.keyboard.type('Karimova');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(specialist).toHaveValue('Karimova Dilnoza');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('link', { name: /Aliyev Sardor/ })).toBeVisible();

  // Emptying the text keeps the choice (Mantine's behaviour); "All specialists" is an option to choose.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expect(specialist).toHaveValue('Karimova Dilnoza');
  await expect(rows).toHaveCount(2);
  await page.keyboard.press('Shift+Tab');
  await expect(specialist).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(notes.missing.anySpecialist.slice(0, 6));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(specialist).toHaveValue(notes.missing.anySpecialist);
  await expect(rows).toHaveCount(3);
});
