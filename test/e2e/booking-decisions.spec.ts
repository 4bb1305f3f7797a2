import type { Page, TestInfo } from '@playwright/test';
import { openNewBooking, seedBookingCentre, type BookingCentre } from './booking-helpers';
import { catalogues, expect, languageSelect, test, type Language } from './fixtures';

// The dialog in Uzbek Latin and Russian: empty, refused with clashes, and asking about a closed day. Each
// state is saved as a picture beside the test's results, to be looked at for alignment and long words.

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await page.getByRole('dialog').screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

async function openDialog(page: Page, language: Language) {
  const picker = languageSelect(page, 'uz-Latn');
  await expect(picker).toBeVisible({ timeout: 15_000 });
  if (language !== 'uz-Latn') await picker.selectOption(language);
  return openNewBooking(page, language);
}

function book(centre: BookingCentre, call: (channel: 'schedule.book', input: unknown) => Promise<unknown>) {
  return call('schedule.book', {
    serviceId: centre.speech,
    specialistId: centre.specialist,
    roomId: centre.room,
    beneficiaryId: centre.child,
    date: '2026-03-30',
    startTime: '10:00',
    minutes: 45,
  });
}

test.describe('booking on Wednesday 18 March 2026', () => {
  test.use({ now: '2026-03-18T10:00:00+05:00' });
  // Three bookings through the real backend and four pictures: more than the default on a busy machine.
  test.slow();

  for (const language of ['uz-Latn', 'ru'] as const) {
    test(`a course over the moved Navruz holiday asks about that day, and skipping it books the rest (${language})`, async ({
      page,
      gotoApp,
      call,
    }, testInfo) => {
      // Tall enough for the whole dialog in one picture.
      await page.setViewportSize({ width: 1280, height: 1800 });
      const centre = await seedBookingCentre(call);
      await book(centre, call);
      await gotoApp('/calendar');
      const form = await openDialog(page, language);
      const text = form.text;
      await expect(form.field(text.service)).toBeVisible();
      await snap(page, testInfo, `${language}-empty`);

      // A clash first: the other child at the first child's time, in the same one-place room, after hours too.
      await form.choose(text.service, language === 'ru' ? 'Логопедические занятия' : 'Logoped mashgʻuloti');
      await form.person('usmonov', /Usmonov Jasur/);
      await form.choose(text.room, 'Logoped xonasi');
      await form.field(text.date).fill('30.03.2026');
      await form.field(text.startTime).fill('10:30');
      await form.dialog.getByRole('button', { name: text.book, exact: true }).click();
      await expect(form.conflict).toContainText(text.conflict.refused.book);
      await expect(form.conflict.locator('[data-severity="hard"]')).toHaveCount(2);
      await snap(page, testInfo, `${language}-clashes`);

      // Then a course from Monday 23 March, the working day Navruz was moved to: that session needs a decision.
      await form.field(text.date).fill('23.03.2026');
      await form.field(text.startTime).fill('11:00');
      await form.dialog.getByRole('checkbox', { name: text.repeat.enabled }).check();
      await form.field(text.repeat.count).fill('4');
      await form.dialog.getByRole('button', { name: text.book, exact: true }).click();
      await expect(form.conflict).toContainText(text.conflict.needsDecision);
      const decisions = form.dialog.getByTestId('decision-list');
      await expect(decisions.getByRole('region')).toHaveCount(1);
      // The holiday is named in the dialog's language, not as stored.
      await expect(decisions).toContainText(catalogues[language].places.holidays.navruz);
      await snap(page, testInfo, `${language}-decisions`);
      await decisions.getByRole('radio', { name: catalogues[language].schedule.decisions.move }).check();
      await snap(page, testInfo, `${language}-decisions-move`);
      await decisions.getByRole('radio', { name: catalogues[language].schedule.decisions.skip }).check();
      await form.dialog.getByRole('button', { name: text.bookWithDecisions, exact: true }).click();

      await expect(form.dialog).toBeHidden();
      const written = await call('schedule.range', {
        from: '2026-03-23',
        to: '2026-04-30',
        beneficiaryId: centre.other,
        includeCancelled: true,
      });
      expect(written.map((s) => `${s.date} ${s.status}`)).toEqual([
        '2026-03-23 cancelled',
        '2026-03-30 scheduled',
        '2026-04-06 scheduled',
        '2026-04-13 scheduled',
      ]);
    });
  }
});
