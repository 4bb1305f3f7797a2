import type { CreateGroupInput } from '../../shared/contract/groups';
import { makePinfl } from '../../shared/domain/pinfl';
import { child, create } from './people-fixture';
import { serviceIdOf } from './places-fixture';
import { addRoom, openCentre, type Centre } from './schedule-fixture';

/** The schedule tests' centre with a four-lane pool, the pool service and children of pool age. */
export interface GroupCentre extends Centre {
  pool: number;
  poolRoom: number;
  /** Five children born in 2020–2021: 4 to 6 years old in spring 2026. */
  kids: number[];
}

const NAMES = ['Aziz', 'Bekzod', 'Charos', 'Dilshod', 'Ezoza'];

export async function addChild(
  centre: Pick<Centre, 'backend'>,
  givenName: string,
  birthDate: string,
  serial: number,
): Promise<number> {
  const sex = givenName.endsWith('a') || givenName === 'Charos' ? 'female' : 'male';
  const person = await create(
    centre.backend,
    child({ givenName, birthDate, sex, pinfl: makePinfl(birthDate, sex, 203, serial), guardians: [] }),
  );
  return person.id;
}

export async function openGroupCentre(dataDir?: string): Promise<GroupCentre> {
  const centre = await openCentre(dataDir);
  const kids: number[] = [];
  for (const [index, name] of NAMES.entries())
    kids.push(await addChild(centre, name, `202${index % 2}-0${index + 1}-15`, 30 + index));
  return {
    ...centre,
    pool: await serviceIdOf(centre.backend, 'pool'),
    poolRoom: await addRoom(centre.backend, 'Basseyn', 4),
    kids,
  };
}

/** "Pool, 4–6 years, Tue/Thu 10:00": from Tuesday 17 March to the end of April 2026, three places. */
export function poolGroup(centre: GroupCentre, overrides: Partial<CreateGroupInput> = {}): CreateGroupInput {
  return {
    name: 'Suzish, 4–6 yosh, Se/Pa 10:00',
    serviceId: centre.pool,
    teacherId: centre.colleague,
    roomId: centre.poolRoom,
    capacity: 3,
    minAgeMonths: 48,
    maxAgeMonths: 84,
    schedule: {
      startDate: '2026-03-17',
      startTime: '10:00',
      durationMinutes: 45,
      weekdays: [2, 4],
      intervalWeeks: 1,
      end: { kind: 'until', date: '2026-04-30' },
    },
    ...overrides,
  };
}

/** The people of each of a group's sessions, by date. */
export async function peopleByDate(centre: Centre, groupId: number): Promise<Record<string, number[]>> {
  const rows = await centre.backend.db
    .selectFrom('sessions as s')
    .leftJoin('session_beneficiaries as sb', 'sb.session_id', 's.id')
    .select(['s.date', 'sb.beneficiary_id'])
    .where('s.group_id', '=', groupId)
    .orderBy('s.date')
    .orderBy('sb.beneficiary_id')
    .execute();
  const result: Record<string, number[]> = {};
  for (const row of rows) {
    result[row.date] ??= [];
    if (row.beneficiary_id !== null) result[row.date]!.push(row.beneficiary_id);
  }
  return result;
}
