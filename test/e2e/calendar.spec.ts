import type { Page } from '@playwright/test';
import { catalogues, expect, languageSelect, test, type Language } from './fixtures';

// Written out by hand, not computed with the app's own date helpers, so that a wrong helper fails here too.
// The default centre works Monday to Saturday, so the week view shows six days.
const WEEK_OF_18_MARCH: Record<'uz-Latn' | 'ru', { title: string; headers: string[] }> = {
  'uz-Latn': {
    title: '16–21-mart 2026',
    headers: ['dush 16', 'sesh 17', 'chor 18', 'pay 19', 'jum 20', 'shan 21'],
  },
  ru: {
    title: '16–21 марта 2026',
    headers: ['пн, 16', 'вт, 17', 'ср, 18', 'чт, 19', 'пт, 20', 'сб, 21'],
  },
};

function calendarTitle(page: Page) {
  return page.getByTestId('calendar-title');
}

/** A radio of the view switcher (Mantine's segmented control), by its group's and its own label. */
function viewOption(page: Page, language: Language, group: 'period' | 'columns', name: string) {
  return page
    .getByRole('radiogroup', { name: catalogues[language].calendar[group], exact: true })
    .getByText(name, { exact: true });
}

test.describe('on Wednesday 18 March 2026', () => {
  test.use({ now: '2026-03-18T10:00:00+05:00' });

  test('the week view is titled and headed in Uzbek Latin and Russian, without the browser’s Intl', async ({
    page,
    gotoApp,
  }) => {
    await gotoApp('/calendar');
    await expect(page.getByRole('heading', { level: 1, name: 'Taqvim' })).toBeVisible();
    let current: Language = 'uz-Latn';
    for (const language of ['uz-Latn', 'ru'] as const) {
      if (language !== current) await languageSelect(page, current).selectOption(language);
      current = language;
      const expected = WEEK_OF_18_MARCH[language];
      await expect(calendarTitle(page)).toHaveText(expected.title);
      const headers = page.getByTestId('calendar').getByRole('columnheader');
      for (const header of expected.headers) await expect(headers.filter({ hasText: header })).toHaveCount(1);
      // No Sunday: the centre does not work then.
      await expect(page.getByTestId('calendar')).not.toContainText(/yak 22|вс, 22/);
      await expect(page.getByTestId('calendar')).not.toContainText(/M0\d/);
      const labelled = await page.getByTestId('calendar').locator('[aria-label]').all();
      const labels = await Promise.all(labelled.map((element) => element.getAttribute('aria-label')));
      expect(labels.filter((label) => /\bM\d\d\b/.test(label ?? ''))).toEqual([]);
    }
  });

  test('Navruz, filled in at start for the year, shows on 21 March in the month view', async ({
    page,
    gotoApp,
  }) => {
    await gotoApp('/calendar');
    await viewOption(page, 'uz-Latn', 'period', 'Oy').click();
    await expect(calendarTitle(page)).toHaveText('mart 2026');
    // The day's cell is named for screen readers in Uzbek, not with the browser's "2026 M03 21".
    const saturday21 = page.getByRole('gridcell', { name: 'shanba, 21-mart 2026', exact: true });
    await expect(saturday21.getByText('Navroʻz', { exact: true })).toBeVisible();
    await expect(page.getByTestId('calendar').getByText('Navroʻz', { exact: true })).toHaveCount(1);

    await languageSelect(page, 'uz-Latn').selectOption('ru');
    await expect(calendarTitle(page)).toHaveText('март 2026');
    const saturday21ru = page.getByRole('gridcell', { name: 'суббота, 21 марта 2026', exact: true });
    await expect(saturday21ru.getByText('Навруз', { exact: true })).toBeVisible();
  });

  test('splitting the day by specialist shows each active specialist as a column', async ({
    page,
    gotoApp,
    call,
  }) => {
    const person = (familyName: string, givenName: string, roles: string[], active = true) =>
      call('staff.create', {
        familyName,
        givenName,
        patronymic: '',
        roles,
        position: '',
        phone: '',
        serviceIds: [],
        hours: [],
        active,
      });
    const karimova = await person('Karimova', 'Dilnoza', ['specialist']);
    await call('staff.absences.add', {
      staffId: karimova.id,
      kind: 'sick',
      startDate: '2026-03-17',
      endDate: '2026-03-19',
      note: '',
    });
    await person('Toshmatov', 'Jasur', ['teacher']);
    await person('Rahimova', 'Malika', ['receptionist']);
    await person('Olimov', 'Bekzod', ['specialist'], false);

    await gotoApp('/calendar');
    await viewOption(page, 'uz-Latn', 'period', 'Kun').click();
    await expect(calendarTitle(page)).toHaveText('chorshanba, 18-mart 2026');
    const calendar = page.getByTestId('calendar');
    const sickLeave = catalogues['uz-Latn'].places.absenceKinds.sick;
    // One person's leave is not the whole centre's: it shows only in that person's column.
    await expect(calendar).not.toContainText(sickLeave);
    await viewOption(page, 'uz-Latn', 'columns', 'Mutaxassislar boʻyicha').click();
    // FullCalendar draws a day's background event both in the all-day row and behind the hours.
    await expect(calendar.getByText(sickLeave, { exact: true }).first()).toBeVisible();
    await expect(calendar.getByRole('columnheader', { name: 'Karimova Dilnoza' })).toBeVisible();
    await expect(calendar.getByRole('columnheader', { name: 'Toshmatov Jasur' })).toBeVisible();
    // Neither the receptionist nor someone no longer working here takes sessions.
    await expect(calendar).not.toContainText('Rahimova');
    await expect(calendar).not.toContainText('Olimov');
  });

  test('the keyboard moves to the next week and back to today', async ({ page, gotoApp }) => {
    await gotoApp('/calendar');
    await expect(calendarTitle(page)).toHaveText('16–21-mart 2026');
    const today = page.getByRole('button', { name: 'Bugun', exact: true });
    await today.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Keyingi hafta' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(calendarTitle(page)).toHaveText('23–28-mart 2026');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(calendarTitle(page)).toHaveText('16–21-mart 2026');
  });
});
