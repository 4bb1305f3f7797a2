import type { Backend } from '..';
import type { CentreSettings } from '../../../shared/domain/settings';
import { seedAccounts } from './accounts';
import { seedAttendance } from './attendance';
import { call } from './call';
import { seedGroups } from './groups';
import { seedPeople } from './people';
import { seedPlaces } from './places';
import { seedProgrammes } from './programmes';
import { Random } from './random';
import { seedSchedule } from './schedule';

/** The demo centre is modelled on the "World of Opportunities" regional centre in Andijan. */
export const DEMO_SETTINGS: CentreSettings = {
  name: '“Imkoniyatlar olami” hududiy ijtimoiy xizmatlar markazi',
  address: 'Andijon shahri, Andijon viloyati',
  timeZone: 'Asia/Tashkent',
  workingDays: [1, 2, 3, 4, 5, 6],
  dayStart: '08:00',
  dayEnd: '18:00',
  defaultLanguage: 'uz-Latn',
};

export class AlreadySeededError extends Error {
  constructor() {
    super('This data folder already holds a centre; the demo is only written into a new one.');
    this.name = 'AlreadySeededError';
  }
}

export interface SeedSummary {
  centre: string;
  beneficiaries: number;
}

/**
 * Fills a new centre with demo data. Each feature adds its part here as its tables arrive: people, staff,
 * services and rooms, bookings, attendance, programmes.
 */
export async function seedDemo(backend: Backend): Promise<SeedSummary> {
  const existing = await backend.db.selectFrom('centre_settings').select('id').executeTakeFirst();
  if (existing) throw new AlreadySeededError();
  await call(backend, 'settings.update', DEMO_SETTINGS);
  const random = new Random(20260227);
  const places = await seedPlaces(backend, random);
  const beneficiaries = await seedPeople(backend, random, places);
  await seedSchedule(backend, random);
  await seedGroups(backend, random);
  await seedAttendance(backend, random);
  await seedProgrammes(backend, random);
  await seedAccounts(backend);
  return { centre: DEMO_SETTINGS.name, beneficiaries };
}
