import type { Backend } from '../../electron/backend';
import { addDays } from '../../shared/domain/calendar';
import { measure, report } from './measure';
import { addRoom, addStaff, bareBooker, SLOTS_PER_DAY } from './schedule-generate';

const SESSIONS = 12;
const RUNS = { runs: 60, warmup: 6 };

interface Centre {
  serviceId: number;
  days: string[];
  closed: ReadonlySet<string>;
  /** Two people with no generated sessions: one for the floor, one for the channel. */
  people: [number, number];
}

/** The Monday and Wednesday dates of six weeks from a Monday: the 12 sessions of the series. */
function seriesDates(monday: string): string[] {
  return Array.from({ length: SESSIONS / 2 }, (_, week) => addDays(monday, week * 7)).flatMap((day) => [
    day,
    addDays(day, 2),
  ]);
}

/**
 * A "speech therapy Mon/Wed for 12 sessions" booking with every check, beside the bare SQL floor of the same
 * work (12 overlap checks and inserts in one committed transaction). Series start on Mondays whose twelve dates
 * are all open days, far from the single-session bookings made before.
 */
export async function benchSeriesBooking(backend: Backend, centre: Centre): Promise<void> {
  const working = new Set(centre.days);
  const mondays = centre.days
    .slice(200)
    .filter((day, i) => i % 7 === 0 && new Date(`${day}T00:00:00Z`).getUTCDay() === 1)
    .filter((monday) => seriesDates(monday).every((d) => working.has(d) && !centre.closed.has(d)));
  const blocks = mondays.flatMap((monday) =>
    Array.from({ length: SLOTS_PER_DAY }, (_, k) => ({ monday, k })),
  );
  const half = Math.floor(blocks.length / 2);
  if (half < RUNS.runs + RUNS.warmup) throw new Error(`Only ${blocks.length} free series blocks`);

  const [floorSpecialist, floorRoom] = [addStaff(backend, 'Seriya floor'), addRoom(backend, 'Seriya floor')];
  const [specialist, room] = [addStaff(backend, 'Seriya'), addRoom(backend, 'Seriya xona')];
  const bookBare = bareBooker(backend, {
    serviceId: centre.serviceId,
    specialistId: floorSpecialist,
    roomId: floorRoom,
    beneficiaryId: centre.people[0],
  });

  let next = 0;
  const floor = await measure(
    `bare SQL: ${SESSIONS} overlap checks + inserts, committed`,
    () => {
      const { monday, k } = blocks[half + next++]!;
      backend.raw
        .transaction(() => {
          for (const day of seriesDates(monday)) bookBare(day, 8 * 60 + k * 60 + 15);
        })
        .immediate();
    },
    RUNS,
  );
  next = 0;
  const channel = await measure(
    `channel schedule.book, ${SESSIONS}-session series`,
    async () => {
      const { monday, k } = blocks[next++]!;
      const result = await backend.handle('schedule.book', {
        serviceId: centre.serviceId,
        specialistId: specialist,
        roomId: room,
        beneficiaryId: centre.people[1],
        date: monday,
        startTime: `${String(8 + k).padStart(2, '0')}:15`,
        minutes: 45,
        repeat: { weekdays: [1, 3], end: { kind: 'count', count: SESSIONS } },
      });
      if (!result.ok) throw new Error(`schedule.book: ${JSON.stringify(result.error)}`);
    },
    RUNS,
  );
  report(`Booking a ${SESSIONS}-session weekly series with all checks`, floor, [channel]);
}
