import { performance } from 'node:perf_hooks';
import type { Backend } from '../../electron/backend';
import { addDays } from '../../shared/domain/calendar';
import { measure, report } from './measure';
import { benchCalendarRender } from './calendar-render';
import { benchSeriesBooking } from './schedule-series';
import { addRoom, addStaff, bareBooker, generateSessions, instant, SLOTS_PER_DAY } from './schedule-generate';

const RUNS = { runs: 300, warmup: 30 };
export async function ok(backend: Backend, channel: string, input: unknown): Promise<void> {
  const result = await backend.handle(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
}

const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MiB`;

function memory(label: string): void {
  const { rss, heapUsed } = process.memoryUsage();
  console.log(`  memory ${label}: rss ${mib(rss)}, heap ${mib(heapUsed)}`);
}

/**
 * schedule.range for a week of the whole centre, schedule.book of one session and of a 12-session series with
 * all checks, each beside bare SQL, on `years` of a busy centre with about `total` sessions.
 */
export async function benchSchedule(backend: Backend, total = 1_000_000, years = 5): Promise<void> {
  const serviceId = (
    backend.raw.prepare(`select id from services where code = 'massage'`).get() as { id: number }
  ).id;
  backend.raw
    .prepare(
      `update services set eligibility = '[]', min_age_months = null, max_age_months = null where id = ?`,
    )
    .run(serviceId);
  const people = (backend.raw.prepare('select id from beneficiaries').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const started = performance.now();
  // The first three people stay free for the booking measurements.
  const { days, specialists } = generateSessions(backend, { total, years }, serviceId, people.slice(3));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nGenerated ${total} sessions of ${specialists} specialists over ${days.length} working days (${years} years) in ${seconds.toFixed(1)} s`,
  );
  memory('after generating');

  const monday = days[Math.floor(days.length / 2) - (Math.floor(days.length / 2) % 5)]!;
  const sunday = addDays(monday, 6);
  const [from, to] = [instant(monday, 0), instant(addDays(monday, 7), 0)];
  const bareWeek = backend.raw.prepare(
    `select s.*, st.family_name, st.given_name, r.name from sessions s join staff st on st.id = s.specialist_id
     left join rooms r on r.id = s.room_id where s.start_at >= ? and s.start_at < ? and s.status = 'scheduled'
     order by s.start_at, s.id`,
  );
  const barePeople = backend.raw.prepare(
    `select sb.session_id, b.id, b.family_name, b.given_name from session_beneficiaries sb
     join sessions s on s.id = sb.session_id join beneficiaries b on b.id = sb.beneficiary_id
     where s.start_at >= ? and s.start_at < ?`,
  );
  const week = { from: monday, to: sunday };
  const count = (bareWeek.all(from, to) as unknown[]).length;
  const rangeFloor = await measure(
    `bare SQL: a week (${count} sessions)`,
    () => {
      bareWeek.all(from, to);
      barePeople.all(from, to);
    },
    { runs: 100, warmup: 10 },
  );
  const range = await measure(
    'channel schedule.range, whole centre',
    () => ok(backend, 'schedule.range', week),
    {
      runs: 100,
      warmup: 10,
    },
  );
  report('Calendar: one week of the whole centre', rangeFloor, [range]);
  await benchCalendarRender(backend, monday);

  // Bookings into free slots of the busy weeks: a specialist and a room of their own, a person with no sessions.
  const closed = new Set(
    (backend.raw.prepare('select start_date from closures').all() as { start_date: string }[]).map(
      (r) => r.start_date,
    ),
  );
  const slots = days
    .filter((day) => !closed.has(day))
    .flatMap((day) => Array.from({ length: SLOTS_PER_DAY }, (_, k) => ({ day, k })));
  const fresh = people[0]!;
  const [specialist, room] = [addStaff(backend, 'Yangi'), addRoom(backend, 'Yangi xona')];
  const [floorSpecialist, floorRoom] = [addStaff(backend, 'Floor'), addRoom(backend, 'Floor xona')];
  const bookBare = bareBooker(backend, {
    serviceId,
    specialistId: floorSpecialist,
    roomId: floorRoom,
    beneficiaryId: fresh,
  });
  let next = 0;
  const bookFloor = await measure(
    'bare SQL: overlap check + insert, committed',
    () => {
      const { day, k } = slots[next++ % slots.length]!;
      backend.raw.transaction(() => bookBare(day, 8 * 60 + k * 60 + 15)).immediate();
    },
    RUNS,
  );
  next = 0;
  const book = await measure(
    'channel schedule.book, every check',
    () => {
      const { day, k } = slots[next++ % slots.length]!;
      return ok(backend, 'schedule.book', {
        serviceId,
        specialistId: specialist,
        roomId: room,
        beneficiaryId: people[1]!,
        date: day,
        startTime: `${String(8 + k).padStart(2, '0')}:15`,
        minutes: 45,
      });
    },
    RUNS,
  );
  report('Booking one session with all conflict checks (each committed, synchronous=FULL)', bookFloor, [
    book,
  ]);
  memory('after booking');

  // The channel's own person and the floor's must be free of the sessions booked above.
  await benchSeriesBooking(backend, { serviceId, days, closed, people: [people[0]!, people[2]!] });
  memory('after series');
}
