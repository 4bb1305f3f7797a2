import { openNewBooking, seedBookingCentre } from './booking-helpers';
import { catalogues, expect, languageSelect, test } from './fixtures';
import { boardText, seedTodayCentre, sessionCard } from './today-helpers';

const uz = catalogues['uz-Latn'];
const ru = catalogues['ru'];

/** Where the pictures go, to be looked at after a run. */
const shot = (name: string) => `test-results/attendance-extras/${name}`;

function named(text: string, name: string): string {
  return text.replace('{{name}}', name);
}

function person(card: ReturnType<typeof sessionCard>, name: string) {
  return card.getByTestId('today-person').filter({ hasText: name });
}

test.describe('on Monday 16 March 2026', () => {
  test.use({ now: '2026-03-16T09:00:00+05:00' });

  test('a planned absence entered on the person’s page is pre-filled on the board of its days', async ({
    page,
    call,
    gotoApp,
  }) => {
    test.setTimeout(120_000);
    const { ids } = await seedTodayCentre(call);
    await gotoApp(`/people/${ids['Aliyev Sardor']}`);
    const card = page.getByTestId('planned-absences');
    await expect(card).toContainText(uz.attendance.planned.empty);
    const field = (label: string) => card.getByRole('textbox', { name: label, exact: true });

    // The reason is required: nothing is saved without it, and what was typed stays.
    await field(uz.attendance.planned.from).fill('17.03.2026');
    await field(uz.attendance.planned.to).fill('16.03.2026');
    await card.getByRole('button', { name: uz.attendance.planned.add }).click();
    await expect(card).toContainText(uz.attendance.validation.endBeforeStart);
    await expect(field(uz.attendance.planned.from)).toHaveValue('17.03.2026');
    await field(uz.attendance.planned.to).fill('18.03.2026');
    await field(uz.attendance.planned.reason).fill('Qarindoshlarnikiga ketadi');
    await card.getByRole('button', { name: uz.attendance.planned.add }).click();
    await expect(card.getByRole('row', { name: /Qarindoshlarnikiga ketadi/ })).toBeVisible();
    await expect(card.getByRole('status')).toContainText('saqlandi');
    // A second one, removed again.
    await field(uz.attendance.planned.from).fill('01.04.2026');
    await field(uz.attendance.planned.to).fill('03.04.2026');
    await field(uz.attendance.planned.reason).fill('Sanatoriy');
    await card.getByRole('button', { name: uz.attendance.planned.add }).click();
    await expect(card.getByRole('row')).toHaveCount(3);
    await card.getByRole('button', { name: /^01\.04\.2026 – 03\.04\.2026/ }).click();
    await expect(card.getByRole('row')).toHaveCount(2);
    await page.screenshot({ path: shot('planned-uz-Latn.png'), fullPage: true });
    expect(await call('attendance.plannedAbsences.list', { beneficiaryId: ids['Aliyev Sardor'] })).toEqual([
      expect.objectContaining({ from: '2026-03-17', to: '2026-03-18', reason: 'Qarindoshlarnikiga ketadi' }),
    ]);

    // Tomorrow's board: Aliyev is expected absent at both his sessions; the day is still to come, so only shown.
    await gotoApp('/today');
    await page.getByRole('button', { name: boardText('uz-Latn').nav.next }).click();
    await expect(page).toHaveURL(/date=2026-03-17/);
    await expect(page.getByTestId('board-mode')).toHaveText(boardText('uz-Latn').nav.future);
    const nine = sessionCard(page, '09:00');
    await expect(person(nine, 'Aliyev Sardor')).toHaveAttribute('data-mark', 'absent_excused');
    await expect(person(nine, 'Aliyev Sardor')).toContainText(boardText('uz-Latn').status.expectedPlanned);
    await expect(person(nine, 'Aliyev Sardor')).toContainText('Qarindoshlarnikiga ketadi');
    await expect(person(sessionCard(page, '10:00'), 'Aliyev Sardor')).toHaveAttribute(
      'data-mark',
      'absent_excused',
    );
    await expect(page.getByRole('button', { name: boardText('uz-Latn').actions.arrived })).toHaveCount(0);
    await expect(page.getByRole('button', { name: boardText('uz-Latn').rollCall.open })).toHaveCount(0);
    await page.screenshot({ path: shot('board-future-uz-Latn.png'), fullPage: true });
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    await expect(person(nine, 'Aliyev Sardor')).toContainText(boardText('ru').status.expectedPlanned);
    await page.screenshot({ path: shot('board-future-ru.png'), fullPage: true });
  });
});

test.describe('on Wednesday 18 March 2026', () => {
  test.use({ now: '2026-03-18T09:00:00+05:00' });

  test('yesterday’s board is opened by the day buttons, kept in the address, and a mark corrected', async ({
    page,
    call,
    gotoApp,
  }) => {
    test.setTimeout(120_000);
    // Speech therapy for Aliyev Sardor yesterday at 09:00 (marked present) and tomorrow at 09:00.
    const centre = await seedBookingCentre(call);
    const sessionAt = async (date: string) => {
      const { sessionIds } = await call('schedule.book', {
        serviceId: centre.speech,
        specialistId: centre.specialist,
        roomId: centre.room,
        beneficiaryId: centre.child,
        date,
        startTime: '09:00',
        minutes: 45,
      });
      return sessionIds[0]!;
    };
    const nineId = await sessionAt('2026-03-17');
    await sessionAt('2026-03-19');
    await call('attendance.mark', {
      sessionId: nineId,
      beneficiaryId: centre.child,
      mark: 'present',
      arrivedAt: '09:02',
    });
    const text = boardText('uz-Latn');
    await gotoApp('/today');
    await expect(page.getByText(text.noSessions)).toBeVisible();
    await page.getByRole('button', { name: text.nav.previous }).click();
    await expect(page).toHaveURL(/date=2026-03-17/);
    await expect(page.getByTestId('board-date')).toContainText('seshanba, 17-mart 2026');
    await expect(page.getByTestId('board-mode')).toHaveText(text.nav.past);
    const nine = sessionCard(page, '09:00');
    await expect(person(nine, 'Aliyev Sardor')).toContainText('keldi 09:02');

    // He did not come after all: an unexcused absence, recorded today, with the mark before it.
    await nine.getByRole('button', { name: named(text.aria.absent, 'Aliyev Sardor') }).click();
    const popover = page.getByRole('dialog');
    await popover.getByRole('radio', { name: text.absent.unexcused }).check();
    await popover.getByRole('textbox', { name: text.absent.reason }).fill('Xabar bermadi');
    await popover.getByRole('button', { name: text.absent.save }).click();
    await expect(person(nine, 'Aliyev Sardor')).toHaveAttribute('data-mark', 'absent_unexcused');
    await page.screenshot({ path: shot('board-past-uz-Latn.png'), fullPage: true });

    // The address keeps the day across a reload.
    await page.reload();
    await expect(person(sessionCard(page, '09:00'), 'Aliyev Sardor')).toHaveAttribute(
      'data-mark',
      'absent_unexcused',
    );
    const history = await call('attendance.history', {
      sessionId: nineId,
      beneficiaryId: centre.child,
    });
    expect(history.changes).toEqual([
      expect.objectContaining({
        changedAt: '2026-03-18T04:00:00.000Z',
        before: expect.objectContaining({ mark: 'present', arrivedAt: '09:02' }),
        after: expect.objectContaining({ mark: 'absent_unexcused', reason: 'Xabar bermadi' }),
      }),
    ]);

    // A typed date jumps there; Thursday is still to come.
    const dateField = page.getByRole('textbox', { name: text.nav.date, exact: true });
    await dateField.fill('19.03.2026');
    await dateField.press('Enter');
    await expect(page).toHaveURL(/date=2026-03-19/);
    await expect(page.getByTestId('board-mode')).toHaveText(text.nav.future);
    await expect(page.getByTestId('today-session')).toHaveCount(1);
    await page.getByRole('button', { name: text.nav.today }).click();
    await expect(page).not.toHaveURL(/date=/);
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    await page.getByRole('button', { name: boardText('ru').nav.previous }).click();
    await expect(page.getByTestId('board-mode')).toHaveText(boardText('ru').nav.past);
    await page.screenshot({ path: shot('board-past-ru.png'), fullPage: true });
  });
});

test.describe('on Monday 1 June 2026', () => {
  test.use({ now: '2026-06-01T09:00:00+05:00' });

  test('a session the centre cancelled is offered when booking, booked as the make-up, then used', async ({
    page,
    call,
    gotoApp,
  }) => {
    test.setTimeout(150_000);
    const centre = await seedBookingCentre(call);
    await call('schedule.book', {
      serviceId: centre.speech,
      specialistId: centre.specialist,
      roomId: centre.room,
      beneficiaryId: centre.child,
      date: '2026-06-01',
      startTime: '10:00',
      minutes: 45,
    });
    await gotoApp('/calendar');
    const block = page.getByTestId('calendar').getByRole('button', { name: /Aliyev Sardor/ });
    await expect(block.first()).toBeVisible({ timeout: 20_000 });
    await block.first().click();
    const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('session-facts') });
    await drawer.getByRole('button', { name: uz.sessionActions.cancel.open }).click();
    const cancel = page.getByRole('dialog', { name: uz.sessionActions.cancel.title });
    await cancel.getByRole('radio', { name: uz.schedule.cancelReasons.centre }).check();
    await cancel.getByLabel(uz.sessionActions.cancel.note, { exact: true }).fill('Xonada taʼmirlash');
    await cancel.getByRole('button', { name: uz.sessionActions.cancel.submit }).click();
    await expect(cancel).toBeHidden();

    // The cancelled session's board takes no marks.
    await gotoApp('/today');
    const ten = sessionCard(page, '10:00');
    await expect(ten).toContainText(boardText('uz-Latn').cancelledSession);
    await expect(ten.getByRole('button', { name: boardText('uz-Latn').actions.arrived })).toHaveCount(0);

    await gotoApp('/calendar');
    const form = await openNewBooking(page, 'uz-Latn');
    await form.person('sardor', /Aliyev Sardor/);
    const credits = form.dialog.getByTestId('makeup-credits');
    const option = credits.getByRole('radio', { name: /1-iyun 2026, 10:00/ });
    await expect(option).toBeVisible();
    await expect(credits).toContainText('Xonada taʼmirlash');
    await expect(credits.getByRole('radio', { name: uz.booking.credit.none })).toBeChecked();
    await option.check();
    // The credit is for speech therapy: choosing it chooses the service and its specialist.
    await expect(form.field(uz.booking.service)).toHaveValue('Logoped mashgʻuloti');
    await expect(form.field(uz.booking.specialist)).toHaveValue('Karimova Dilnoza Anvar qizi');
    await form.choose(uz.booking.room, 'Logoped xonasi');
    await form.field(uz.booking.date).fill('03.06.2026');
    await form.field(uz.booking.startTime).fill('11:00');
    await page.screenshot({ path: shot('booking-credit-uz-Latn.png') });
    await form.dialog.getByRole('button', { name: uz.booking.book, exact: true }).click();
    await expect(form.dialog).toBeHidden();

    const [makeup] = await call('schedule.range', { from: '2026-06-03', to: '2026-06-03' });
    expect(makeup).toMatchObject({ startTime: '11:00' });
    expect(await call('attendance.credits', { beneficiaryId: centre.child })).toEqual([]);
    // A used credit is not offered again.
    const again = await openNewBooking(page, 'uz-Latn');
    await again.person('sardor', /Aliyev Sardor/);
    await expect(again.dialog.getByTestId('makeup-credits-none')).toBeAttached();
    await expect(again.dialog.getByTestId('makeup-credits')).toHaveCount(0);
    await again.dialog.getByRole('button', { name: uz.booking.cancel, exact: true }).click();

    // In Russian, with the make-up cancelled by the family: the credit is owed again.
    await call('schedule.cancel', { sessionId: makeup!.id, reason: 'family' });
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    const form2 = await openNewBooking(page, 'ru');
    await form2.person('sardor', /Aliyev Sardor/);
    await expect(form2.dialog.getByTestId('makeup-credits')).toContainText(ru.booking.credit.label);
    await expect(form2.dialog.getByTestId('makeup-credits')).toContainText('1 июня 2026, 10:00');
    await page.screenshot({ path: shot('booking-credit-ru.png') });
  });
});
