// Seeding for the Today board spec: the groups spec's pool centre with its four children, a speech therapist
// who sees three of them one by one on Tuesday 17 March 2026, and a pool group of three on the same morning.
import type { Page } from '@playwright/test';
import { catalogues, type Language, type Call } from './fixtures';
import { seedPoolCentre } from './groups-helpers';
import { addSpecialist } from './staff-helpers';

export const TUESDAY = '2026-03-17';

export interface TodayCentre {
  /** Each child's id by "Family Given". */
  ids: Record<string, number>;
  groupName: string;
}

/**
 * Day care from 08:00 for an hour (Karimova Zarina); individual speech therapy at 09:00 (Aliyev Sardor), 11:00 (Usmonova Malika) and 12:00 (Rahimov Jasur); the
 * pool group at 10:00 with Karimova Zarina, Aliyev Sardor and Usmonova Malika.
 */
export async function seedTodayCentre(call: Call): Promise<TodayCentre> {
  const centre = await seedPoolCentre(call);
  const people = await call('people.search', { pageSize: 50 });
  const ids = Object.fromEntries(people.items.map((p) => [`${p.familyName} ${p.givenName}`, p.id]));
  const id = (name: string) => {
    const found = ids[name];
    if (found === undefined) throw new Error(`No person ${name}`);
    return found;
  };
  const services = await call('services.list');
  const speech = services.find((s) => s.code === 'speech_therapy');
  const dayCare = services.find((s) => s.code === 'day_care');
  if (!speech || !dayCare) throw new Error('The default services have no speech therapy or day care');
  const therapist = await addSpecialist(call, {
    familyName: 'Karimova',
    givenName: 'Dilnoza',
    patronymic: 'Anvar qizi',
    serviceIds: [speech.id, dayCare.id],
    hours: [{ weekday: 2, start: '08:00', end: '17:00', breakStart: null, breakEnd: null }],
  });
  for (const [name, startTime] of [
    ['Aliyev Sardor', '09:00'],
    ['Usmonova Malika', '11:00'],
    ['Rahimov Jasur', '12:00'],
  ] as const)
    await call('schedule.book', {
      serviceId: speech.id,
      specialistId: therapist.id,
      roomId: null,
      beneficiaryId: id(name),
      date: TUESDAY,
      startTime,
      minutes: 45,
    });
  await call('schedule.book', {
    serviceId: dayCare.id,
    specialistId: therapist.id,
    roomId: null,
    beneficiaryId: id('Karimova Zarina'),
    date: TUESDAY,
    startTime: '08:00',
    minutes: 60,
  });
  const groupName = 'Suzish, 4–6 yosh';
  const group = await call('groups.create', {
    name: groupName,
    serviceId: centre.pool,
    teacherId: centre.teacher,
    roomId: centre.room,
    capacity: 4,
    minAgeMonths: 48,
    maxAgeMonths: 84,
    schedule: {
      startDate: TUESDAY,
      startTime: '10:00',
      durationMinutes: 45,
      weekdays: [2, 4],
      intervalWeeks: 1,
      end: { kind: 'until', date: '2026-04-30' },
    },
  });
  for (const name of ['Karimova Zarina', 'Aliyev Sardor', 'Usmonova Malika'])
    await call('groups.enrol', { groupId: group.id, beneficiaryId: id(name), startDate: TUESDAY });
  return { ids, groupName };
}

/** The board's texts of a language. */
export function boardText(language: Language) {
  return catalogues[language].attendance.board;
}

/** A session's card on the board, found by the start time its heading begins with. */
export function sessionCard(page: Page, startTime: string) {
  return page.getByTestId('today-session').filter({
    has: page.getByRole('heading', { name: new RegExp(`^${startTime}–`) }),
  });
}
