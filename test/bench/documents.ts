import { performance } from 'node:perf_hooks';
import type { Backend } from '../../electron/backend';
import type { RegisterMonth } from '../../shared/contract/attendance';
import { catalogues } from '../../shared/i18n';
import { MARKS } from '../../shared/domain/attendance/marks';
import { monthDates } from '../../shared/domain/attendance/register';
import { bareRegister } from './documents-floor';
import { addRoom, addStaff, instant } from './schedule-generate';
import { report, type Timing } from './measure';

const MONTH = '2026-03';
const PEOPLE = 300;

/**
 * A specialist who saw the same 300 people every day of March (one session a day, everyone on it), every
 * place marked: the register's worst month, 300 rows × 31 day columns, written straight into the tables.
 */
function seedMonth(backend: Backend): number {
  const raw = backend.raw;
  const serviceId = (raw.prepare('select id from services order by id limit 1').get() as { id: number }).id;
  const people = (
    raw.prepare('select id from beneficiaries order by id limit ?').all(PEOPLE) as Array<{ id: number }>
  ).map((row) => row.id);
  if (people.length < PEOPLE) throw new Error(`The bench centre has only ${people.length} people`);
  const specialistId = addStaff(backend, 'Tabel');
  const roomId = addRoom(backend, 'Tabel xonasi');
  const session = raw.prepare(
    `insert into sessions (service_id, specialist_id, room_id, date, start_time, minutes, start_at, end_at, status,
       created_at, updated_at) values (?, ?, ?, ?, '09:00', 45, ?, ?, 'scheduled', ?, ?)`,
  );
  const person = raw.prepare('insert into session_beneficiaries (session_id, beneficiary_id) values (?, ?)');
  const mark = raw.prepare(
    `insert into attendance_marks (session_id, beneficiary_id, mark, arrived_at, departed_at, reason, note, marked_at, marked_by)
     values (?, ?, ?, null, null, '', '', ?, null)`,
  );
  const stamp = new Date().toISOString();
  raw.transaction(() => {
    monthDates(MONTH).forEach((date, d) => {
      const id = session.run(
        serviceId,
        specialistId,
        roomId,
        date,
        instant(date, 540),
        instant(date, 585),
        stamp,
        stamp,
      ).lastInsertRowid;
      people.forEach((beneficiaryId, p) => {
        person.run(id, beneficiaryId);
        // Mostly present, and every other mark in between, so every letter is drawn.
        mark.run(id, beneficiaryId, MARKS[(p + d) % 12] ?? 'present', stamp);
      });
    });
  })();
  return specialistId;
}

/**
 * The longest time this thread's event loop went without running a 10 ms timer, the tail included: a render
 * that blocks the thread throughout leaves no samples in monitorEventLoopDelay's histogram, but a gap here.
 */
function watchStalls(): () => number {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  return () => {
    clearInterval(timer);
    return Math.max(longest, performance.now() - last - 10);
  };
}

async function timed(
  name: string,
  runs: number,
  warmUp: () => Promise<unknown>,
  work: () => Promise<unknown>,
): Promise<Timing & { maxDelay: number }> {
  await warmUp(); // a small document first: the worker thread, react-pdf and the fonts loaded once
  const samples: number[] = [];
  const stalls = watchStalls();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
    // A turn of the timers between runs: work that never yields would otherwise count as one long stall.
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const maxDelay = stalls();
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(runs - 1, Math.floor(q * runs))] ?? Number.NaN;
  const mean = samples.reduce((a, b) => a + b, 0) / runs;
  return { name, runs, p50: at(0.5), p95: at(0.95), mean, maxDelay };
}

/**
 * The monthly register for 300 people × 31 days through documents.register (the month read from the database,
 * rendered in the worker thread), against bare pdfkit drawing the same pages on this thread as the floor
 * (documents-floor.ts), and how long this thread's event loop stalled at most while each ran.
 */
export async function benchDocuments(backend: Backend, runs = 5): Promise<void> {
  const specialistId = seedMonth(backend);
  const result = await backend.handle('attendance.month', { month: MONTH, specialistId });
  if (!result.ok) throw new Error(result.error.message);
  const month = result.value as RegisterMonth;
  const letters = catalogues['uz-Latn'].attendance.letters;
  const floor = await timed(
    'bare pdfkit: same pages, this thread',
    runs,
    () => bareRegister({ ...month, rows: month.rows.slice(0, 5) }, letters),
    () => bareRegister(month, letters),
  );
  const registerOf = async (of: string) => {
    const result = await backend.handle('documents.register', {
      month: of,
      specialistId,
      language: 'uz-Latn',
    });
    if (!result.ok) throw new Error(result.error.message);
  };
  const register = await timed(
    'documents.register 300 × 31 (worker)',
    runs,
    () => registerOf('2026-02'), // no sessions: an empty register
    () => registerOf(MONTH),
  );
  // The month read on this thread, alone: the part of documents.register that is not in the worker.
  const data = await timed(
    'attendance.month 300 × 31 (the data alone)',
    runs,
    () => backend.handle('attendance.month', { month: '2026-02', specialistId }),
    () => backend.handle('attendance.month', { month: MONTH, specialistId }),
  );
  report('Monthly register PDF, 300 people × 31 days (target under 3 s)', floor, [register, data]);
  for (const t of [floor, register, data])
    console.log(`  event loop, longest stall during ${t.name.padEnd(40)} ${t.maxDelay.toFixed(0)} ms`);
}
