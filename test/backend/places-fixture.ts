import { expect } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { ChannelInput, ChannelName, ChannelOutput, Result } from '../../shared/contract';
import { expectOk } from './backend-fixture';

/** Calls a channel that must succeed, typed by the contract. */
export async function call<C extends ChannelName>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  return expectOk(await backend.handle(channel, input)) as ChannelOutput<C>;
}

/** Every row of the places tables, to show that a refused call changed nothing. */
export async function placesSnapshot(backend: Backend): Promise<Record<string, unknown[]>> {
  const tables = [
    'services',
    'rooms',
    'staff',
    'staff_services',
    'staff_hours',
    'staff_absences',
    'closures',
  ] as const;
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) snapshot[table] = await backend.db.selectFrom(table).selectAll().execute();
  return snapshot;
}

/** A refusal with the given code and, per field, the catalogue key of its message. */
export function expectRefused(
  result: Result<unknown>,
  code: string,
  fields: Record<string, string> = {},
): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  const keys = Object.fromEntries(
    Object.entries(result.error.details?.fields ?? {}).map(([path, issue]) => [path, issue.key]),
  );
  expect(keys).toEqual(fields);
}

export async function serviceIdOf(backend: Backend, code: string): Promise<number> {
  const row = await backend.db
    .selectFrom('services')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

export const validStaff = (serviceIds: number[] = []): ChannelInput<'staff.create'> => ({
  familyName: 'Karimova',
  givenName: 'Dilnoza',
  patronymic: 'Anvarovna',
  roles: ['specialist'],
  position: 'Logoped',
  phone: '90 123 45 67',
  serviceIds,
  hours: [
    { weekday: 1, start: '08:00', end: '17:00', breakStart: '12:00', breakEnd: '13:00' },
    { weekday: 3, start: '09:00', end: '14:00', breakStart: null, breakEnd: null },
  ],
  active: true,
});
