import { catalogues, expect, languageSelect, test, type Language } from './fixtures';

// Written out by hand, not computed with the app's own date helpers, so that a wrong helper fails here too.
const SATURDAY_21_MARCH: Record<Language, string> = {
  'uz-Latn': 'shanba, 21-mart',
  'uz-Cyrl': 'шанба, 21 март',
  ru: 'суббота, 21 марта',
  en: 'Saturday, 21 March',
};

// Navruz as each language names it: the board says why the centre is closed.
const NAVRUZ: Record<Language, string> = {
  'uz-Latn': 'Navroʻz',
  'uz-Cyrl': 'Наврўз',
  ru: 'Навруз',
  en: 'Navruz',
};

test.describe('on 21 March 2026', () => {
  test.use({ now: '2026-03-21T10:00:00+05:00' });

  test('Today shows the date and an empty board in each language', async ({ page, gotoApp }) => {
    await gotoApp();
    let current: Language = 'uz-Latn';
    for (const language of ['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const) {
      if (language !== current) await languageSelect(page, current).selectOption(language);
      current = language;
      await expect(
        page.getByRole('heading', { level: 1, name: catalogues[language].today.title }),
      ).toBeVisible();
      await expect(page.getByTestId('today-date')).toContainText(SATURDAY_21_MARCH[language]);
      // A Saturday with nothing booked: the board says so, and its counts are all zero.
      await expect(page.getByText(catalogues[language].attendance.board.noSessions)).toBeVisible();
      await expect(page.getByTestId('today-count-expected')).toContainText('0');
      await expect(page.getByTestId('board-closed')).toHaveText(
        catalogues[language].attendance.board.closed.replace('{{names}}', NAVRUZ[language]),
      );
    }
    // The next day the centre works: no notice.
    await page.getByRole('button', { name: catalogues.en.attendance.board.nav.next, exact: true }).click();
    await expect(page.getByTestId('board-date')).toContainText('Sunday, 22 March');
    await expect(page.getByText(catalogues.en.attendance.board.noSessions)).toBeVisible();
    await expect(page.getByTestId('board-closed')).toHaveCount(0);
  });
});

test.describe('just after midnight on 6 January 2026 in Tashkent (still 5 January in UTC)', () => {
  test.use({ now: '2026-01-06T00:30:00+05:00' });

  test('Today follows the pinned clock, in Tashkent time', async ({ page, gotoApp }) => {
    await gotoApp();
    await expect(page.getByTestId('today-date')).toContainText('seshanba, 6-yanvar');
  });
});
