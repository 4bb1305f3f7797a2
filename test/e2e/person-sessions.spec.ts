import { catalogues, expect, languageSelect, test } from './fixtures';
import { seedTodayCentre, TUESDAY } from './today-helpers';

test.describe('on Tuesday 17 March 2026 at 08:30', () => {
  test.use({ now: '2026-03-17T08:30:00+05:00' });

  test('a person’s file lists their sessions of the last and the next four weeks, cancelled ones with the reason', async ({
    page,
    call,
    gotoApp,
  }) => {
    const { ids, groupName } = await seedTodayCentre(call);
    const sardor = ids['Aliyev Sardor']!;
    const [speech] = await call('schedule.range', { from: TUESDAY, to: TUESDAY, beneficiaryId: sardor });
    expect(speech).toMatchObject({ startTime: '09:00', groupId: null });
    await call('schedule.cancel', { sessionId: speech!.id, reason: 'family', note: '' });
    // A session of last week, booked after the fact.
    await call('schedule.book', {
      serviceId: speech!.serviceId,
      specialistId: speech!.specialistId,
      roomId: null,
      beneficiaryId: sardor,
      date: '2026-03-10',
      startTime: '14:00',
      minutes: 45,
    });

    await gotoApp(`/people/${sardor}`);
    const uz = catalogues['uz-Latn'];
    const past = page.getByRole('table', { name: uz.people.page.sessionsPast }).getByTestId('person-session');
    const upcoming = page
      .getByRole('table', { name: uz.people.page.sessionsUpcoming })
      .getByTestId('person-session');
    await expect(past).toHaveCount(1);
    await expect(past).toContainText('sesh 10.03.2026');
    await expect(past).toContainText('14:00–14:45');
    // Today's speech session the family cancelled, then the pool group on Tuesdays and Thursdays up to 14 April.
    await expect(upcoming).toHaveCount(10);
    const cancelled = upcoming.nth(0);
    await expect(cancelled).toContainText('sesh 17.03.2026');
    await expect(cancelled).toContainText('09:00–09:45');
    await expect(cancelled).toContainText('Logoped mashgʻuloti');
    await expect(cancelled).toContainText('Karimova D.');
    await expect(cancelled).toContainText(uz.schedule.cancelReasons.family);
    await expect(upcoming.nth(1)).toContainText('10:00–10:45');
    await expect(upcoming.nth(1)).toContainText(groupName);
    await expect(upcoming.nth(1)).not.toContainText(uz.schedule.cancelReasons.family);
    await expect(upcoming.last()).toContainText('14.04.2026');

    // A person with nothing before today is told so; in Russian.
    await gotoApp(`/people/${ids['Rahimov Jasur']!}`);
    await languageSelect(page, 'uz-Latn').selectOption('ru');
    const ru = catalogues.ru.people.page;
    await expect(page.getByText(ru.sessionsNonePast, { exact: true })).toBeVisible();
    await expect(
      page.getByRole('table', { name: ru.sessionsUpcoming }).getByTestId('person-session'),
    ).toHaveCount(1);
  });
});
