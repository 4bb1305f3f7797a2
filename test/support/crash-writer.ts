// A child process for the crash test: books series and marks attendance in a loop through the real backend,
// printing each write the backend confirmed, until it is killed. Compiled by bundleChild; argv: data folder,
// first index.
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend';
import { CRASH_MARKS, CRASH_PLAN_FILE, seriesInput, type CrashPlan } from './crash-plan';

function say(line: string): void {
  // Synchronous: a line the parent reads was written before the next write began.
  writeSync(1, `${line}\n`);
}

async function main(): Promise<void> {
  const [dataDir, first] = process.argv.slice(2);
  if (!dataDir || first === undefined) throw new Error('usage: crash-writer <dataDir> <firstIndex>');
  const plan = JSON.parse(readFileSync(join(dataDir, CRASH_PLAN_FILE), 'utf8')) as CrashPlan;
  const backend = await createBackend({ dataDir, clock: () => new Date(plan.now) });
  say('ready');
  for (let i = Number(first), seq = 0; ; i++, seq++) {
    say(`try series ${i}`);
    const booked = await backend.handle('schedule.book', seriesInput(plan, i));
    if (booked.ok) {
      const value = booked.value as { seriesId: number; sessionIds: number[] };
      say(`ok series ${i} ${value.seriesId} ${value.sessionIds.length}`);
    } else {
      say(`refused series ${i} ${booked.error.code}`);
    }
    const target = plan.marks[seq % plan.marks.length]!;
    const mark = CRASH_MARKS[(seq * 7 + i) % CRASH_MARKS.length]!;
    say(`try mark ${target.sessionId} ${target.beneficiaryId} ${mark}`);
    const marked = await backend.handle('attendance.mark', { ...target, mark });
    if (!marked.ok) throw new Error(`attendance.mark refused: ${JSON.stringify(marked.error)}`);
    say(`ok mark ${target.sessionId} ${target.beneficiaryId} ${mark}`);
  }
}

main().catch((error: unknown) => {
  say(`error ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
