import type { Backend } from '..';
import type { ChannelInput } from '../../../shared/contract';
import { centreToday } from '../people/today';
import { call } from './call';
import type { Random } from './random';

type Exception = NonNullable<ChannelInput<'attendance.rollCall'>['exceptions']>[number];

/** Reasons families give for missing a session, as a receptionist writes them down. */
const EXCUSES = ['Kasal, shamollagan', 'Shifokor koʻrigida', 'Onasi kasal', 'Oilaviy sabab bilan'];

/**
 * Marks of the sessions held before today, one roll call per session through the contract: most children came,
 * a few late, a few away with or without a reason. Later sessions are left for the Today board.
 */
export async function seedAttendance(backend: Backend, random: Random): Promise<number> {
  const today = await centreToday(backend.db, new Date());
  const sessions = await backend.db
    .selectFrom('sessions as s')
    .innerJoin('session_beneficiaries as sb', 'sb.session_id', 's.id')
    .select(['s.id', 'sb.beneficiary_id'])
    .where('s.date', '<', today)
    .where('s.status', '=', 'scheduled')
    .orderBy('s.id')
    .orderBy('sb.beneficiary_id')
    .execute();
  const people = new Map<number, number[]>();
  for (const row of sessions) people.set(row.id, [...(people.get(row.id) ?? []), row.beneficiary_id]);
  for (const [sessionId, beneficiaryIds] of people) {
    const exceptions = beneficiaryIds.flatMap((beneficiaryId): Exception[] => {
      const roll = random.next();
      if (roll < 0.84) return [];
      if (roll < 0.91) return [{ beneficiaryId, mark: 'late' }];
      if (roll < 0.97)
        return [
          {
            beneficiaryId,
            mark: 'absent_excused',
            reason: random.pick(EXCUSES),
          },
        ];
      return [{ beneficiaryId, mark: 'absent_unexcused' }];
    });
    await call(backend, 'attendance.rollCall', { sessionId, present: 'all', exceptions });
  }
  return people.size;
}
