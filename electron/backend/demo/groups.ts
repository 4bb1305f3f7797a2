import type { Backend } from '..';
import type { CreateGroupInput } from '../../../shared/contract/groups';
import type { ScheduleConflict } from '../../../shared/contract/schedule';
import { addDays, isoWeekdayOf } from '../../../shared/domain/calendar';
import { parseTimeOfDay, type IsoWeekday } from '../../../shared/domain/settings';
import { ageInMonths, isEligible, isWithinAgeBand, type Service } from '../../../shared/domain/services';
import type { StaffSummary } from '../../../shared/domain/staff';
import { centreToday } from '../people/today';
import { call } from './call';
import type { Random } from './random';

/** A term of groups for the demo centre: the pool, the gym, language classes and crafts, with rosters and queues. */

const TERM_WEEKS = 12;

interface GroupPlan {
  name: string;
  service: string;
  room: string;
  capacity: number;
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  weekdays: IsoWeekday[];
  startTime: string;
  /** How many to enrol: the capacity, or fewer to leave places free. */
  enrol: number;
  /** How many to put on the group's waiting list. */
  waiting: number;
}

const PLANS: readonly GroupPlan[] = [
  ['Suzish, 4–6 yosh, Se/Pa 10:00', 'pool', 'Suzish havzasi', 8, 48, 84, [2, 4], '10:00', 8, 3],
  ['Suzish, 7–10 yosh, Du/Cho 09:00', 'pool', 'Suzish havzasi', 8, 84, 132, [1, 3], '09:00', 7, 0],
  [
    'Adaptiv jismoniy tarbiya, 7–12 yosh',
    'adaptive_gym',
    'Adaptiv sport zali',
    10,
    84,
    156,
    [1, 4],
    '11:00',
    9,
    0,
  ],
  ['Ingliz tili A1', 'english', 'Oʻquv xonasi 1', 10, 96, 180, [1, 3], '15:00', 10, 2],
  ['Rus tili, boshlangʻich', 'russian', 'Oʻquv xonasi 2', 10, 84, 168, [2, 4], '16:00', 8, 0],
  ['Koreys tili, boshlangʻich', 'korean', 'Oʻquv xonasi 3', 8, 120, 216, [1, 3], '16:00', 6, 0],
  [
    'Kattalar uchun hunarmandchilik',
    'crafts',
    'Hunarmandchilik ustaxonasi',
    10,
    216,
    null,
    [2, 4],
    '14:00',
    6,
    0,
  ],
].map(([name, service, room, capacity, minAgeMonths, maxAgeMonths, weekdays, startTime, enrol, waiting]) => ({
  name: name as string,
  service: service as string,
  room: room as string,
  capacity: capacity as number,
  minAgeMonths: minAgeMonths as number | null,
  maxAgeMonths: maxAgeMonths as number | null,
  weekdays: weekdays as IsoWeekday[],
  startTime: startTime as string,
  enrol: enrol as number,
  waiting: waiting as number,
}));

interface Person {
  id: number;
  birthDate: string;
  hasDisability: boolean;
  socialStatus: string;
}

const minutes = (time: string) => parseTimeOfDay(time) ?? 0;

/** Whether the teacher works the whole session on each of the days, clear of the break. */
function works(teacher: StaffSummary, days: readonly IsoWeekday[], start: string, length: number): boolean {
  return days.every((weekday) => {
    const hours = teacher.hours.find((h) => h.weekday === weekday);
    if (!hours) return false;
    const [from, to] = [minutes(start), minutes(start) + length];
    const clearOfBreak =
      hours.breakStart === null ||
      hours.breakEnd === null ||
      to <= minutes(hours.breakStart) ||
      from >= minutes(hours.breakEnd);
    return from >= minutes(hours.start) && to <= minutes(hours.end) && clearOfBreak;
  });
}

/** The plan's days, or the first two days the teacher works with a day between, when the plan's do not suit. */
function daysFor(teacher: StaffSummary, plan: GroupPlan, length: number): IsoWeekday[] | null {
  if (works(teacher, plan.weekdays, plan.startTime, length)) return plan.weekdays;
  const days = teacher.hours.map((h) => h.weekday);
  for (const first of days)
    for (const second of days.filter((d) => d >= first + 2))
      if (works(teacher, [first, second], plan.startTime, length)) return [first, second];
  return null;
}

/** Creates a group, skipping its sessions on closures and leave as a receptionist would when asked. */
async function createGroup(backend: Backend, input: CreateGroupInput): Promise<number | null> {
  let result = await backend.handle('groups.create', input);
  if (!result.ok && result.error.code === 'CONFLICT') {
    const undecided = (result.error.details as ScheduleConflict | undefined)?.needsDecision ?? [];
    if (undecided.length === 0) return null;
    const decisions = undecided.map((item) => ({
      originalDate: item.occurrence.originalDate,
      choice: 'skip' as const,
      reason: 'centre' as const,
      note: '',
    }));
    result = await backend.handle('groups.create', { ...input, decisions });
    if (!result.ok && result.error.code === 'CONFLICT') return null;
  }
  if (!result.ok) throw new Error(`Demo group refused: ${JSON.stringify(result.error)}`);
  return (result.value as { id: number }).id;
}

/** A seeded shuffle, so that each group draws other people, the same on every machine. */
function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** People who fit the group for the whole term: in its age band on both ends and eligible for the service. */
function candidates(
  people: readonly Person[],
  band: Pick<GroupPlan, 'minAgeMonths' | 'maxAgeMonths'>,
  service: Service,
  from: string,
  to: string,
) {
  return people.filter(
    (p) =>
      isEligible(p, service.eligibility) &&
      isWithinAgeBand(ageInMonths(p.birthDate, from), band) &&
      isWithinAgeBand(ageInMonths(p.birthDate, to), band),
  );
}

/** A term of groups from today, each filled from the people who fit it, the full ones with a waiting list. */
export async function seedGroups(backend: Backend, random: Random): Promise<number> {
  const today = await centreToday(backend.db, new Date());
  const until = addDays(today, TERM_WEEKS * 7 - isoWeekdayOf(today));
  const services = await call(backend, 'services.list', {});
  const staff = await call(backend, 'staff.list', {});
  const rooms = await call(backend, 'rooms.list', {});
  const rows = await backend.db
    .selectFrom('beneficiaries')
    .select(['id', 'birth_date', 'has_disability', 'social_status'])
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  const people: Person[] = rows.map((r) => ({
    id: r.id,
    birthDate: r.birth_date,
    hasDisability: r.has_disability === 1,
    socialStatus: r.social_status,
  }));
  let created = 0;
  for (const plan of PLANS) {
    const service = services.find((s) => s.code === plan.service);
    const room = rooms.find((r) => r.name === plan.room);
    if (!service || !room) continue;
    const teachers = staff.filter((p) => p.active && p.serviceIds.includes(service.id));
    const teacher = teachers.find((t) => daysFor(t, plan, service.defaultMinutes) !== null);
    const weekdays = teacher && daysFor(teacher, plan, service.defaultMinutes);
    if (!teacher || !weekdays) continue;
    const groupId = await createGroup(backend, {
      name: plan.name,
      serviceId: service.id,
      teacherId: teacher.id,
      roomId: room.id,
      capacity: Math.min(plan.capacity, room.capacity),
      minAgeMonths: plan.minAgeMonths,
      maxAgeMonths: plan.maxAgeMonths,
      schedule: {
        startDate: today,
        startTime: plan.startTime,
        durationMinutes: service.defaultMinutes,
        weekdays,
        intervalWeeks: 1,
        end: { kind: 'until', date: until },
      },
    });
    if (groupId === null) continue;
    created += 1;
    const fitting = shuffle(candidates(people, plan, service, today, until), random);
    let enrolled = 0;
    let waiting = 0;
    for (const person of fitting) {
      if (enrolled < plan.enrol) {
        const result = await backend.handle('groups.enrol', {
          groupId,
          beneficiaryId: person.id,
          startDate: today,
        });
        // Someone with their own sessions at the group's time is left out, as at the reception desk.
        if (result.ok) enrolled += 1;
        else if (result.error.code !== 'CONFLICT')
          throw new Error(`Demo enrolment refused: ${result.error.message}`);
      } else if (waiting < plan.waiting) {
        await call(backend, 'waiting.add', {
          beneficiaryId: person.id,
          groupId,
          serviceId: service.id,
          priority: random.pick(['urgent', 'high', 'normal', 'normal'] as const),
          note: '',
        });
        waiting += 1;
      } else break;
    }
  }
  // A few people wait for individual speech therapy: a cancelled session's slot is offered to them first.
  const speech = services.find((s) => s.code === 'speech_therapy');
  if (speech)
    for (const person of shuffle(
      candidates(
        people,
        { minAgeMonths: speech.minAgeMonths, maxAgeMonths: speech.maxAgeMonths },
        speech,
        today,
        until,
      ),
      random,
    ).slice(0, 2))
      await call(backend, 'waiting.add', {
        beneficiaryId: person.id,
        serviceId: speech.id,
        priority: random.pick(['high', 'normal'] as const),
        note: '',
      });
  return created;
}
