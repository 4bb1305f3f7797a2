import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE } from '../../electron/backend';
import { testDir } from './backend-fixture';
import { booking, call, openCentre } from './schedule-fixture';
import { bundleChild } from '../support/child-bundle';
import { CRASH_PLAN_FILE, SERIES_COUNT, type CrashPlan } from '../support/crash-plan';
import { runAndKill } from '../support/crash-run';

const KILLS = 30;
/**
 * Each child is the crash writer compiled once (bundleChild) and started with plain Node: about 1 s to "ready"
 * on an idle machine, a few seconds when two cores carry several people's work. (Under tsx each start compiled
 * the backend again: 3 to 10 s.) So the kills stop when this budget is spent, as long as at least MIN_KILLS
 * happened, and the test is bounded by BOUND_MS.
 */
const KILL_BUDGET_MS = 60_000;
const MIN_KILLS = 10;
const BOUND_MS = 180_000;

type Key = string;

interface Ledger {
  /** Series the backend confirmed: id → sessions it said it booked. */
  series: Map<number, number>;
  /** Per session and person: the mark last confirmed, and one tried after it that may or may not have landed. */
  marks: Map<Key, { confirmed: string | null; tried: string | null }>;
  writesConfirmed: number;
  /** The next series index a child should try. */
  next: number;
}

function record(ledger: Ledger, lines: string[]): void {
  for (const line of lines) {
    const [verb, kind, ...rest] = line.split(' ');
    if (kind === 'series') {
      const index = Number(rest[0]);
      if (verb === 'try') ledger.next = index + 1;
      if (verb === 'ok') {
        ledger.series.set(Number(rest[1]), Number(rest[2]));
        ledger.writesConfirmed++;
      }
    } else if (kind === 'mark') {
      const key = `${rest[0]}/${rest[1]}`;
      const entry = ledger.marks.get(key) ?? { confirmed: null, tried: null };
      if (verb === 'try') entry.tried = rest[2]!;
      if (verb === 'ok') {
        entry.confirmed = rest[2]!;
        entry.tried = null;
        ledger.writesConfirmed++;
      }
      ledger.marks.set(key, entry);
    }
  }
}

/** Reads the database as the killed child left it (read-only: the next child recovers it itself). */
function verify(file: string, ledger: Ledger): { lost: string[] } {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const lost: string[] = [];
    const counts = new Map(
      (
        raw
          .prepare(
            'select s.id, s.rrule, count(x.id) as n from series s left join sessions x on x.series_id = s.id group by s.id',
          )
          .all() as Array<{ id: number; rrule: string; n: number }>
      ).map((row) => [row.id, row] as const),
    );
    // No series half-written: every series holds the occurrences its rule names, confirmed or not.
    for (const row of counts.values()) {
      expect(row.rrule).toContain(`COUNT=${SERIES_COUNT}`);
      expect(row.n, `series ${row.id}`).toBe(SERIES_COUNT);
    }
    for (const [id, sessions] of ledger.series) {
      if (counts.get(id)?.n !== sessions) lost.push(`series ${id}`);
    }
    const marks = raw
      .prepare('select session_id, beneficiary_id, mark from attendance_marks')
      .all() as Array<{
      session_id: number;
      beneficiary_id: number;
      mark: string;
    }>;
    const found = new Map(marks.map((m) => [`${m.session_id}/${m.beneficiary_id}`, m.mark]));
    for (const [key, entry] of ledger.marks) {
      const now = found.get(key) ?? null;
      // The last confirmed mark, or the one tried after it if the kill came between its commit and its line.
      if (now !== entry.confirmed && now !== entry.tried)
        lost.push(`mark ${key}: ${now} ≠ ${entry.confirmed}`);
      entry.confirmed = now;
      entry.tried = null;
    }
    return { lost };
  } finally {
    raw.close();
  }
}

describe('crash mid-write', () => {
  it(
    `SIGKILL at random moments (up to ${KILLS} times): integrity ok, every confirmed write present, no half series`,
    { timeout: BOUND_MS },
    async () => {
      const dataDir = testDir();
      const centre = await openCentre(dataDir);
      const marked = [];
      for (const date of ['2026-03-16', '2026-03-17', '2026-03-18']) {
        const single = await call(centre.backend, 'schedule.book', booking(centre, { date }));
        marked.push({ sessionId: single.sessionIds[0]!, beneficiaryId: centre.child });
      }
      const plan: CrashPlan = {
        now: '2026-05-29T06:00:00Z',
        serviceId: centre.speech,
        lanes: [
          { beneficiaryId: centre.child, specialistId: centre.specialist, roomId: centre.room },
          { beneficiaryId: centre.sister, specialistId: centre.colleague, roomId: centre.hall },
        ],
        marks: marked,
      };
      await centre.backend.close();
      writeFileSync(join(dataDir, CRASH_PLAN_FILE), JSON.stringify(plan));

      const writer = bundleChild('test/support/crash-writer.ts');
      const file = join(dataDir, DATABASE_FILE);
      const ledger: Ledger = { series: new Map(), marks: new Map(), writesConfirmed: 0, next: 0 };
      const lost: string[] = [];
      const started = Date.now();
      let refused = 0;
      let kills = 0;
      let startMs = 0;
      try {
        for (; kills < KILLS; kills++) {
          if (kills >= MIN_KILLS && Date.now() - started > KILL_BUDGET_MS) break;
          // Random moments: from just after opening to well into the loop.
          const run = await runAndKill(
            writer.file,
            dataDir,
            ledger.next,
            20 + Math.floor(Math.random() * 600),
          );
          startMs += run.startMs;
          refused += run.lines.filter((line) => line.startsWith('refused')).length;
          record(ledger, run.lines);
          lost.push(...verify(file, ledger).lost);
        }
      } finally {
        writer.remove();
      }
      const backend = await createBackend({ dataDir, clock: () => new Date(plan.now) });
      expect((await call(backend, 'backup.health', {})).database).toEqual({ status: 'ok' });
      const seriesInDb = await backend.db.selectFrom('series').select('id').execute();
      await backend.close();

      console.info(
        `crash test: ${kills} kills in ${Math.round((Date.now() - started) / 1000)} s ` +
          `(child start ${Math.round(startMs / Math.max(kills, 1))} ms on average), ` +
          `${ledger.writesConfirmed} writes confirmed (${ledger.series.size} series of ${SERIES_COUNT}, ` +
          `the rest attendance marks), ${seriesInDb.length} series in the database, ${refused} bookings refused ` +
          `(public holidays), lost: ${lost.length}`,
      );
      expect(lost).toEqual([]);
      expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
      expect(ledger.series.size).toBeGreaterThan(kills);
    },
  );
});
