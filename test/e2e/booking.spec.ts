import type { Page } from '@playwright/test';
import { bookingDialog, openNewBooking, seedBookingCentre } from './booking-helpers';
import { catalogues, expect, languageSelect, test } from './fixtures';

const uz = catalogues['uz-Latn'];

function calendarTitle(page: Page) {
  return page.getByTestId('calendar-title');
}

/** The sessions the calendar draws in the week it shows. */
function sessions(page: Page) {
  return page.getByTestId('calendar').locator('.imkon-session');
}

test.describe('booking on Wednesday 18 March 2026', () => {
  test.use({ now: '2026-03-18T10:00:00+05:00' });

  test('a weekly speech-therapy course on Monday and Wednesday at 10:00, 12 sessions, shows in the following weeks', async ({
    page,
    gotoApp,
    call,
  }) => {
    const centre = await seedBookingCentre(call);
    await gotoApp('/calendar');
    const form = await openNewBooking(page, 'uz-Latn');

    await form.choose(uz.booking.service, 'Logoped mashgʻuloti');
    // The service's length, and its only specialist, are filled in by choosing it.
    await expect(form.field(uz.booking.minutes)).toHaveValue('45');
    await expect(form.field(uz.booking.specialist)).toHaveValue('Karimova Dilnoza Anvar qizi');
    await form.person('sardor', /Aliyev Sardor/);
    // Early intervention it is not, but the child has a mother recorded: she may come along.
    await expect(form.field(uz.booking.mother)).toBeVisible();
    await form.choose(uz.booking.room, 'Logoped xonasi');
    await form.field(uz.booking.date).fill('30.03.2026');
    await form.field(uz.booking.startTime).fill('10:00');
    await expect(form.dialog.getByTestId('live-check')).toContainText(uz.booking.check.free);

    await form.dialog.getByRole('checkbox', { name: uz.booking.repeat.enabled }).check();
    // Monday comes from the date; Wednesday is added.
    await expect(form.dialog.getByRole('checkbox', { name: 'dush' })).toBeChecked();
    // The chip's checkbox is hidden behind its label, which is what a person clicks.
    await form.dialog.locator('label', { hasText: /^chor$/ }).click();
    await form.field(uz.booking.repeat.count).fill('12');
    await expect(form.summary).toHaveText(
      'Har hafta: dushanba, chorshanba, soat 10:00; jami 12 ta mashgʻulot',
    );
    await form.dialog.getByRole('button', { name: uz.booking.book, exact: true }).click();

    await expect(form.dialog).toBeHidden();
    await expect(page.getByTestId('booking-announcement')).toContainText('jami 12 ta mashgʻulot');
    const written = await call('schedule.range', { from: '2026-03-01', to: '2026-06-30' });
    expect(written.map((s) => `${s.date} ${s.startTime}`)).toEqual(
      [
        '03-30',
        '04-01',
        '04-06',
        '04-08',
        '04-13',
        '04-15',
        '04-20',
        '04-22',
        '04-27',
        '04-29',
        '05-04',
        '05-06',
      ].map((day) => `2026-${day} 10:00`),
    );
    expect(written.every((s) => s.beneficiaries[0]?.id === centre.child && s.roomId === centre.room)).toBe(
      true,
    );

    const next = page.getByRole('button', { name: uz.calendar.next.week });
    await next.click();
    await expect(calendarTitle(page)).toHaveText('23–28-mart 2026');
    await expect(sessions(page)).toHaveCount(0);
    await next.click();
    await expect(calendarTitle(page)).toHaveText('30-mart – 4-aprel 2026');
    await expect(sessions(page)).toHaveCount(2);
    await next.click();
    await expect(calendarTitle(page)).toHaveText('6–11-aprel 2026');
    await expect(sessions(page)).toHaveCount(2);
  });

  test('the same specialist at the same time for another child: the clash is named and the booking refused', async ({
    page,
    gotoApp,
    call,
  }) => {
    const centre = await seedBookingCentre(call);
    await call('schedule.book', {
      serviceId: centre.speech,
      specialistId: centre.specialist,
      roomId: null,
      beneficiaryId: centre.child,
      date: '2026-03-30',
      startTime: '10:00',
      minutes: 45,
      repeat: { weekdays: [1, 3], end: { kind: 'count', count: 12 } },
    });
    await gotoApp('/calendar');
    const form = await openNewBooking(page, 'uz-Latn');
    await form.choose(uz.booking.service, 'Logoped mashgʻuloti');
    await form.person('usmonov', /Usmonov Jasur/);
    await form.field(uz.booking.date).fill('01.04.2026');
    await form.field(uz.booking.startTime).fill('10:15');
    const live = form.dialog.getByTestId('live-check');
    await expect(live).toContainText(uz.schedule.clashes.specialist_busy);

    await form.dialog.getByRole('button', { name: uz.booking.book, exact: true }).click();
    await expect(form.conflict).toContainText(uz.booking.conflict.refused.book);
    await expect(form.conflict).toContainText(uz.schedule.clashes.specialist_busy);
    // Named with the session it clashes with: what, when and who.
    await expect(form.conflict).toContainText(
      'Toʻqnashadi: Logoped mashgʻuloti, chorshanba, 1-aprel 2026, 10:00–10:45, Karimova Dilnoza',
    );
    await expect(form.conflict.getByLabel(uz.booking.conflict.overrideReason.book)).toHaveCount(0);
    // Nothing typed is lost, and nothing was written.
    await expect(form.field(uz.booking.startTime)).toHaveValue('10:15');
    const onThatDay = await call('schedule.range', { from: '2026-04-01', to: '2026-04-01' });
    expect(onThatDay.map((s) => s.beneficiaries[0]?.id)).toEqual([centre.child]);
  });

  test('a session outside the specialist’s hours is booked with a manager’s reason', async ({
    page,
    gotoApp,
    call,
  }) => {
    const centre = await seedBookingCentre(call);
    await gotoApp('/calendar');
    const form = await openNewBooking(page, 'uz-Latn');
    await form.choose(uz.booking.service, 'Logoped mashgʻuloti');
    await form.person('sardor', /Aliyev Sardor/);
    await form.field(uz.booking.date).fill('17.03.2026');
    await form.field(uz.booking.startTime).fill('17:00');
    await form.dialog.getByRole('button', { name: uz.booking.book, exact: true }).click();

    await expect(form.conflict).toContainText(uz.booking.conflict.needsOverride.book);
    await expect(form.conflict).toContainText(
      'Mashgʻulot (17:00–17:45) mutaxassisning ish vaqtidan tashqarida.',
    );
    const anyway = form.dialog.getByRole('button', { name: uz.booking.bookAnyway, exact: true });
    // The reason is required: an empty one is refused on its field.
    await anyway.click();
    await expect(form.field(uz.booking.conflict.overrideReason.book)).toHaveAttribute('aria-invalid', 'true');
    await form.field(uz.booking.conflict.overrideReason.book).fill('Ona faqat ishdan keyin olib kela oladi');
    await anyway.click();

    await expect(form.dialog).toBeHidden();
    await expect(page.getByTestId('booking-announcement')).toContainText('17:00');
    const written = await call('schedule.range', { from: '2026-03-17', to: '2026-03-17' });
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ startTime: '17:00', minutes: 45, specialistId: centre.specialist });
    await expect(sessions(page)).toHaveCount(1);
  });

  test('selecting an hour in a specialist’s column opens the dialog with the specialist, day, time and length', async ({
    page,
    gotoApp,
    call,
  }) => {
    await seedBookingCentre(call);
    await gotoApp('/calendar');
    await expect(calendarTitle(page)).toHaveText('16–21-mart 2026', { timeout: 15_000 });
    const radio = (group: 'period' | 'columns', name: string) =>
      page
        .getByRole('radiogroup', { name: uz.calendar[group], exact: true })
        .getByText(name, { exact: true });
    await radio('period', uz.calendar.periods.day).click();
    await radio('columns', uz.calendar.columnModes.staff).click();
    const calendar = page.getByTestId('calendar');
    const column = await calendar.getByRole('columnheader', { name: 'Karimova Dilnoza' }).boundingBox();
    const ten = await calendar.getByText('10:00', { exact: true }).boundingBox();
    const eleven = await calendar.getByText('11:00', { exact: true }).boundingBox();
    if (!column || !ten || !eleven) throw new Error('The day view has no 10:00 and 11:00 rows or no column');
    // From inside the 10:00 slot down to inside the 10:30 one: an hour.
    const x = column.x + column.width / 2;
    await page.mouse.move(x, ten.y + 4);
    await page.mouse.down();
    await page.mouse.move(x, (ten.y + eleven.y) / 2, { steps: 4 });
    await page.mouse.move(x, eleven.y - 4, { steps: 4 });
    await page.mouse.up();

    const form = bookingDialog(page, 'uz-Latn');
    await expect(form.field(uz.booking.specialist)).toHaveValue('Karimova Dilnoza Anvar qizi', {
      timeout: 15_000,
    });
    await expect(form.field(uz.booking.date)).toHaveValue('18.03.2026');
    await expect(form.field(uz.booking.startTime)).toHaveValue('10:00');
    await expect(form.field(uz.booking.minutes)).toHaveValue('60');
    // Keyboard first: the service is where typing starts.
    await expect(form.field(uz.booking.service)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(form.dialog).toBeHidden();
  });

  test('what is missing is marked on its field in Russian, and nothing typed is lost', async ({
    page,
    gotoApp,
    call,
  }, testInfo) => {
    await seedBookingCentre(call);
    await gotoApp('/calendar');
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    const ru = catalogues.ru;
    const form = await openNewBooking(page, 'ru');
    await form.field(ru.booking.notes).fill('Первая встреча');
    await form.field(ru.booking.startTime).fill('25:00');
    await form.dialog.getByRole('checkbox', { name: ru.booking.repeat.enabled }).check();
    // The date's weekday is offered; taking it away leaves none.
    await form.dialog.locator('label', { hasText: /^ср$/ }).click();
    await form.dialog.getByRole('button', { name: ru.booking.book, exact: true }).click();

    for (const label of [ru.booking.service, ru.booking.specialist, ru.booking.beneficiary])
      await expect(form.field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field(ru.booking.startTime)).toHaveAttribute('aria-invalid', 'true');
    await expect(form.dialog).toContainText(ru.validation.timeOfDay);
    await expect(form.dialog).toContainText(ru.schedule.validation.weekdays);
    await expect(form.field(ru.booking.notes)).toHaveValue('Первая встреча');
    await form.dialog.screenshot({ path: testInfo.outputPath('ru-invalid.png') });
    expect(await call('schedule.range', { from: '2026-03-01', to: '2026-12-31' })).toEqual([]);
  });
});
