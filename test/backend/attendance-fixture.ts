import { expect } from 'vitest';
import type { Result } from '../../shared/contract';
import { openGroupCentre, poolGroup, type GroupCentre } from './groups-fixture';
import { openTestBackend, testDir } from './backend-fixture';
import { booking, call, NOW } from './schedule-fixture';

/** The groups tests' centre on a clock the test can move on, so that sessions booked ahead can be marked. */
export interface AttendanceCentre extends GroupCentre {
  /** Moves the backend's clock to an instant (UTC). */
  setNow(instant: string): void;
}

export async function openAttendanceCentre(): Promise<AttendanceCentre> {
  const dataDir = testDir();
  const built = await openGroupCentre(dataDir);
  await built.backend.close();
  let now = NOW;
  const backend = await openTestBackend({ dataDir, clock: () => now });
  return {
    ...built,
    backend,
    setNow: (instant) => {
      now = new Date(instant);
    },
  };
}

/** The pool group (Tue/Thu 10:00 from 17 March) with the first two children from the 17th, the third from the 24th. */
export async function poolWithChildren(centre: AttendanceCentre): Promise<number> {
  const { id } = await call(centre.backend, 'groups.create', poolGroup(centre));
  for (const [index, startDate] of ['2026-03-17', '2026-03-17', '2026-03-24'].entries())
    await call(centre.backend, 'groups.enrol', {
      groupId: id,
      beneficiaryId: centre.kids[index]!,
      startDate,
    });
  return id;
}

export async function groupSessionOn(
  centre: AttendanceCentre,
  groupId: number,
  date: string,
): Promise<number> {
  const row = await centre.backend.db
    .selectFrom('sessions')
    .select('id')
    .where('group_id', '=', groupId)
    .where('date', '=', date)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The field issues of a refused call with code VALIDATION. */
export function fieldsOf(result: Result<unknown>): Record<string, { key: string }> {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe('VALIDATION');
  return result.error.details?.fields ?? {};
}

/** Books the schedule tests' Monday session (16 March, 10:00) and returns its id. */
export async function bookMonday(centre: AttendanceCentre): Promise<number> {
  const { sessionIds } = await call(centre.backend, 'schedule.book', booking(centre));
  return sessionIds[0]!;
}
