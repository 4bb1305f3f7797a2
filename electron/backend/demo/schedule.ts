import type { Backend } from '..';
import type { BookInput, ScheduleConflict } from '../../../shared/contract/schedule';
import { addDays, isoWeekdayOf } from '../../../shared/domain/calendar';
import { parseTimeOfDay, type IsoWeekday } from '../../../shared/domain/settings';
import { ageInMonths, isEligible, isWithinAgeBand, type Service } from '../../../shared/domain/services';
import type { StaffSummary, WorkingHours } from '../../../shared/domain/staff';
import { centreToday } from '../people/today';
import { call } from './call';
import type { Random } from './random';

/** How many children the demo books into a term of individual sessions. */
export const DEMO_SCHEDULED_CHILDREN = 60;
const TERM_WEEKS = 12;
const ATTEMPTS = 6;

/** The individual services the demo books, each in the rooms that are fitted out for it (by room name). */
const ROOMS_FOR: Record<string, readonly string[]> = {
  early_intervention: ['Erta aralashuv xonasi', 'Sensor xona'],
  speech_therapy: ['Logoped kabineti 1', 'Logoped kabineti 2'],
  massage: ['Massaj xonasi'],
  physiotherapy: [
    'DJT zali',
    'Reabilitatsiya kabineti 1',
    'Reabilitatsiya kabineti 2',
    'Reabilitatsiya kabineti 3',
  ],
  psychologist: ['Psixolog kabineti'],
  defectologist: ['Defektolog kabineti'],
};

interface Child {
  id: number;
  birthDate: string;
  hasDisability: boolean;
  socialStatus: string;
  referrals: number[];
  motherId: number | null;
}

interface Offer {
  service: Service;
  specialists: StaffSummary[];
  roomIds: number[];
}

async function loadOffers(backend: Backend): Promise<Offer[]> {
  const services = await call(backend, 'services.list', {});
  const staff = await call(backend, 'staff.list', {});
  const rooms = await call(backend, 'rooms.list', {});
  return services.flatMap((service) => {
    const roomNames = ROOMS_FOR[service.code];
    if (!roomNames) return [];
    const specialists = staff.filter(
      (person) => person.active && person.hours.length > 0 && person.serviceIds.includes(service.id),
    );
    const roomIds = rooms.filter((room) => roomNames.includes(room.name)).map((room) => room.id);
    return specialists.length > 0 && roomIds.length > 0 ? [{ service, specialists, roomIds }] : [];
  });
}

/** Active children with their referrals and mother, read straight from the tables the demo has just filled. */
async function loadChildren(backend: Backend, random: Random): Promise<Child[]> {
  const rows = await backend.db
    .selectFrom('beneficiaries')
    .select(['id', 'birth_date', 'has_disability', 'social_status'])
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  const referrals = await backend.db.selectFrom('beneficiary_services').selectAll().execute();
  const mothers = await backend.db
    .selectFrom('guardians')
    .select(['id', 'beneficiary_id'])
    .where('relation', '=', 'mother')
    .execute();
  const children = rows.map((row) => ({
    id: row.id,
    birthDate: row.birth_date,
    hasDisability: row.has_disability === 1,
    socialStatus: row.social_status,
    referrals: referrals.filter((r) => r.beneficiary_id === row.id).map((r) => r.service_id),
    motherId: mothers.find((m) => m.beneficiary_id === row.id)?.id ?? null,
  }));
  // A seeded shuffle, so that the booked children are spread over the register, the same on every machine.
  for (let i = children.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [children[i], children[j]] = [children[j] as Child, children[i] as Child];
  }
  return children;
}

/** The services a child may take for the whole term: eligible, and in the service's age band on both ends. */
function fitting(child: Child, offers: readonly Offer[], from: string, to: string): Offer[] {
  return offers.filter(
    ({ service }) =>
      isEligible(child, service.eligibility) &&
      isWithinAgeBand(ageInMonths(child.birthDate, from), service) &&
      isWithinAgeBand(ageInMonths(child.birthDate, to), service),
  );
}

/** The services booked for a child: referred ones first; early intervention for the youngest. */
function chosen(child: Child, offers: readonly Offer[], random: Random): Offer[] {
  const referred = offers.filter((offer) => child.referrals.includes(offer.service.id));
  const pool = referred.length > 0 ? referred : offers;
  const early = pool.find((offer) => offer.service.code === 'early_intervention');
  const first = early ?? random.pick(pool);
  const rest = pool.filter((offer) => offer !== first);
  return rest.length > 0 && random.chance(0.4) ? [first, random.pick(rest)] : [first];
}

const minutesOf = (time: string) => parseTimeOfDay(time) ?? 0;
const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A start time inside the specialist's hours on every one of the days, clear of the break. */
function startTime(hours: readonly WorkingHours[], minutes: number, random: Random): string | null {
  const step = Math.ceil(minutes / 30) * 30;
  const [day] = hours;
  if (!day) return null;
  const starts: number[] = [];
  for (let start = minutesOf(day.start); start + minutes <= minutesOf(day.end); start += step) {
    const fits = hours.every(
      (h) =>
        start >= minutesOf(h.start) &&
        start + minutes <= minutesOf(h.end) &&
        (h.breakStart === null ||
          h.breakEnd === null ||
          start + minutes <= minutesOf(h.breakStart) ||
          start >= minutesOf(h.breakEnd)),
    );
    if (fits) starts.push(start);
  }
  return starts.length > 0 ? timeOf(random.pick(starts)) : null;
}

/** Twice a week with a day or more between, on days the specialist works. */
function weekdays(specialist: StaffSummary, random: Random): IsoWeekday[] {
  const days = specialist.hours.map((h) => h.weekday);
  const first = random.pick(days.filter((d) => days.some((e) => e >= d + 2)));
  const second = random.pick(days.filter((d) => d >= first + 2));
  return [first, second];
}

function booking(
  child: Child,
  offer: Offer,
  monday: string,
  until: string,
  random: Random,
): BookInput | null {
  const specialist = random.pick(offer.specialists);
  const days = weekdays(specialist, random);
  const minutes = offer.service.defaultMinutes;
  const time = startTime(
    specialist.hours.filter((h) => days.includes(h.weekday)),
    minutes,
    random,
  );
  if (time === null) return null;
  return {
    serviceId: offer.service.id,
    specialistId: specialist.id,
    roomId: random.pick(offer.roomIds),
    beneficiaryId: child.id,
    // In early intervention the mother takes part in every session.
    motherGuardianId: offer.service.code === 'early_intervention' ? child.motherId : null,
    date: addDays(monday, (days[0] ?? 1) - 1),
    startTime: time,
    minutes,
    repeat: { weekdays: days, intervalWeeks: 1, end: { kind: 'until', date: until } },
  };
}

/**
 * Books one series through the contract: sessions on a closure or a leave are skipped, as a receptionist would
 * when told; a slot that clashes is given up, and the caller tries another.
 */
async function tryBook(backend: Backend, input: BookInput): Promise<boolean> {
  let result = await backend.handle('schedule.book', input);
  if (!result.ok && result.error.code === 'CONFLICT') {
    const conflict = result.error.details as ScheduleConflict | undefined;
    const undecided = conflict?.needsDecision ?? [];
    if (undecided.length === 0) return false;
    const decisions = undecided.map((item) => ({
      originalDate: item.occurrence.originalDate,
      choice: 'skip' as const,
      reason: 'centre' as const,
      note: '',
    }));
    result = await backend.handle('schedule.book', { ...input, decisions });
    if (!result.ok && result.error.code === 'CONFLICT') return false;
  }
  if (!result.ok) throw new Error(`Demo booking refused: ${JSON.stringify(result.error)}`);
  return true;
}

/** A term of weekly individual sessions for about sixty children, from this week on. Returns the series made. */
export async function seedSchedule(backend: Backend, random: Random): Promise<number> {
  const today = await centreToday(backend.db, new Date());
  const monday = addDays(today, 1 - isoWeekdayOf(today));
  const until = addDays(monday, TERM_WEEKS * 7 - 1);
  const offers = await loadOffers(backend);
  let booked = 0;
  let series = 0;
  for (const child of await loadChildren(backend, random)) {
    if (booked >= DEMO_SCHEDULED_CHILDREN) break;
    const open = fitting(child, offers, monday, until);
    if (open.length === 0) continue;
    let any = false;
    for (const offer of chosen(child, open, random)) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const input = booking(child, offer, monday, until, random);
        if (input && (await tryBook(backend, input))) {
          series += 1;
          any = true;
          break;
        }
      }
    }
    if (any) booked += 1;
  }
  return series;
}
