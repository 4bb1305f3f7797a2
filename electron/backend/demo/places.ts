import type { Backend } from '..';
import { addDays } from '../../../shared/domain/calendar';
import type { AbsenceKind } from '../../../shared/domain/staff';
import { ensureHolidays } from '../places';
import { centreToday } from '../people/today';
import { demoPersonName, inScript, type DemoScript } from './names';
import { DEMO_CLOSURES, DEMO_ROOMS, SCHEDULES, STAFF_PLAN } from './places-data';
import { call } from './call';
import type { Random } from './random';

export interface DemoPlaces {
  serviceIds: Record<string, number>;
  roomIds: number[];
  staffIds: number[];
}

const MOBILE_CODES = ['90', '91', '93', '94', '97', '99', '88', '33'];
const phone = (random: Random) =>
  `+998 ${random.pick(MOBILE_CODES)} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`;

/** A few absences around today, so the staff list and later the calendar have someone away. */
const ABSENCES: readonly { kind: AbsenceKind; offset: number; days: number; note: string }[] = [
  { kind: 'leave', offset: -3, days: 14, note: 'Yillik mehnat taʼtili' },
  { kind: 'sick', offset: 0, days: 5, note: '' },
  { kind: 'training', offset: 10, days: 5, note: 'Toshkentda malaka oshirish kursi' },
  { kind: 'leave', offset: 30, days: 21, note: '' },
  { kind: 'other', offset: 6, days: 1, note: 'Oilaviy sabab' },
  { kind: 'unpaid', offset: 60, days: 10, note: '' },
];

/** Staff, services, rooms and closures of the demo centre. */
export async function seedPlaces(backend: Backend, random: Random): Promise<DemoPlaces> {
  const now = new Date();
  const today = await centreToday(backend.db, now);
  await ensureHolidays(backend.db, now);

  const services = await call(backend, 'services.list', { includeInactive: true });
  const serviceIds = Object.fromEntries(services.map((service) => [service.code, service.id]));

  const roomIds: number[] = [];
  for (const room of DEMO_ROOMS) roomIds.push((await call(backend, 'rooms.create', room)).id);

  const staffIds: number[] = [];
  for (const plan of STAFF_PLAN) {
    for (let n = 0; n < plan.count; n += 1) {
      // About one in five staff cards in the demo is kept in Cyrillic, as older records are.
      const script: DemoScript = random.chance(0.2) ? 'cyrillic' : 'latin';
      const name = demoPersonName(random, random.chance(plan.women) ? 'female' : 'male', script);
      const staff = await call(backend, 'staff.create', {
        familyName: name.familyName,
        givenName: name.givenName,
        patronymic: name.patronymic,
        roles: plan.roles,
        position: inScript(plan.position, script),
        phone: random.chance(0.9) ? phone(random) : '',
        serviceIds: plan.services.flatMap((code) =>
          serviceIds[code] === undefined ? [] : [serviceIds[code]],
        ),
        hours: SCHEDULES[plan.schedules[n % plan.schedules.length] ?? 'office'],
        active: true,
      });
      staffIds.push(staff.id);
    }
  }

  // Someone who has left stays in the records, no longer offered for bookings.
  const leaver = demoPersonName(random, 'female', 'latin');
  await call(backend, 'staff.create', {
    familyName: leaver.familyName,
    givenName: leaver.givenName,
    patronymic: leaver.patronymic,
    roles: ['specialist'],
    position: 'Logoped',
    phone: '',
    serviceIds: serviceIds.speech_therapy === undefined ? [] : [serviceIds.speech_therapy],
    hours: [],
    active: false,
  });

  const away = new Set<number>();
  for (const absence of ABSENCES) {
    let staffId = random.pick(staffIds);
    while (away.has(staffId)) staffId = random.pick(staffIds);
    away.add(staffId);
    await call(backend, 'staff.absences.add', {
      staffId,
      kind: absence.kind,
      startDate: addDays(today, absence.offset),
      endDate: addDays(today, absence.offset + absence.days - 1),
      note: absence.note,
    });
  }

  for (const closure of DEMO_CLOSURES) {
    await call(backend, 'closures.create', {
      kind: 'centre',
      name: closure.name,
      startDate: addDays(today, closure.offset),
      endDate: addDays(today, closure.offset + closure.days - 1),
    });
  }

  return { serviceIds, roomIds, staffIds };
}
