import type { Backend } from '../../electron/backend';
import type { Caller, ChannelInput, ChannelName, ChannelOutput, Result } from '../../shared/contract';
import { PERMISSIONS } from '../../shared/contract';
import type { ScheduleConflict } from '../../shared/contract/schedule';
import { expect } from 'vitest';
import { makePinfl } from '../../shared/domain/pinfl';
import { expectOk, openTestBackend } from './backend-fixture';
import { child, create } from './people-fixture';
import { serviceIdOf } from './places-fixture';

/** The backend's clock in these tests: Tuesday 10 March 2026, 09:00 in Tashkent. */
export const NOW = new Date('2026-03-10T04:00:00Z');
const STAMP = NOW.toISOString();

export interface Centre {
  backend: Backend;
  speech: number;
  massage: number;
  specialist: number;
  colleague: number;
  room: number;
  hall: number;
  child: number;
  sister: number;
  mother: number;
}

/** A specialist working Monday to Friday 08:00–17:00, as the places feature stores them. */
export async function addSpecialist(backend: Backend, familyName: string): Promise<number> {
  const { id } = await backend.db
    .insertInto('staff')
    .values({
      family_name: familyName,
      given_name: 'Dilnoza',
      patronymic: '',
      roles: '["specialist"]',
      position: 'Logoped',
      active: 1,
      search_text: '',
      created_at: STAMP,
      updated_at: STAMP,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await backend.db
    .insertInto('staff_hours')
    .values(
      [1, 2, 3, 4, 5].map((weekday) => ({
        staff_id: id,
        weekday,
        start_time: '08:00',
        end_time: '17:00',
        break_start: null,
        break_end: null,
      })),
    )
    .execute();
  return id;
}

export async function addRoom(backend: Backend, name: string, capacity: number): Promise<number> {
  const { id } = await backend.db
    .insertInto('rooms')
    .values({ name, kind: 'therapy', capacity, notes: '', active: 1, created_at: STAMP, updated_at: STAMP })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Two specialists, a one-place therapy room and a four-place hall, two children sharing a mother's name. */
export async function openCentre(dataDir?: string): Promise<Centre> {
  const backend = await openTestBackend({ clock: () => NOW, ...(dataDir ? { dataDir } : {}) });
  const kid = await create(backend, child());
  const sister = await create(
    backend,
    child({
      givenName: 'Madina',
      sex: 'female',
      birthDate: '2020-02-02',
      pinfl: makePinfl('2020-02-02', 'female', 203, 18),
      guardians: [],
    }),
  );
  return {
    backend,
    speech: await serviceIdOf(backend, 'speech_therapy'),
    massage: await serviceIdOf(backend, 'massage'),
    specialist: await addSpecialist(backend, 'Karimova'),
    colleague: await addSpecialist(backend, 'Usmonova'),
    room: await addRoom(backend, 'Logoped xonasi', 1),
    hall: await addRoom(backend, 'Zal', 4),
    child: kid.id,
    sister: sister.id,
    mother: kid.guardians[0]!.id,
  };
}

/** Monday 16 March 2026, 10:00–10:45, speech therapy for the child in the therapy room. */
export function booking(centre: Centre, overrides: Partial<ChannelInput<'schedule.book'>> = {}) {
  return {
    serviceId: centre.speech,
    specialistId: centre.specialist,
    roomId: centre.room,
    beneficiaryId: centre.child,
    date: '2026-03-16',
    startTime: '10:00',
    minutes: 45,
    ...overrides,
  } satisfies ChannelInput<'schedule.book'>;
}

export const RECEPTIONIST: Caller = {
  userId: 'reception',
  permissions: new Set(PERMISSIONS.filter((p) => p !== 'schedule.override')),
};
export const MANAGER: Caller = { userId: 'manager', permissions: new Set(PERMISSIONS) };

/** The conflict details of a refused call with the given code. */
export function refusal(result: Result<unknown>, code = 'CONFLICT'): ScheduleConflict {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  return result.error.details as unknown as ScheduleConflict;
}

export function kinds(conflict: ScheduleConflict): string[] {
  return conflict.clashes.flatMap((entry) => entry.clashes.map((clash) => clash.kind));
}

export async function sessionRows(backend: Backend) {
  return backend.db.selectFrom('sessions').selectAll().orderBy('date').orderBy('start_time').execute();
}

/** Calls a channel that must succeed, typed by the contract; the caller is the local operator unless given. */
export async function call<C extends ChannelName>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
  caller?: Caller,
): Promise<ChannelOutput<C>> {
  return expectOk(await backend.handle(channel, input, caller)) as ChannelOutput<C>;
}
