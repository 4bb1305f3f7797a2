// A child process for the full-disk backup test, started under a file size limit (so no file it writes can
// grow past it, as on a full disk): asks for a backup, then goes on working. Compiled by bundleChild; argv:
// data folder. Prints one JSON line per step.
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend';
import { CRASH_PLAN_FILE, seriesInput, type CrashPlan } from './crash-plan';

function say(step: string, value: unknown): void {
  writeSync(1, `${JSON.stringify({ step, value })}\n`);
}

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: backup-full-child <dataDir>');
  const plan = JSON.parse(readFileSync(join(dataDir, CRASH_PLAN_FILE), 'utf8')) as CrashPlan;
  const backend = await createBackend({ dataDir, clock: () => new Date(plan.now) });
  const started = Date.now();
  say('backup', await backend.handle('backup.now', {}));
  say('backupMs', Date.now() - started);
  say('book', await backend.handle('schedule.book', seriesInput(plan, 0)));
  say('status', await backend.handle('backup.status', {}));
  // Closing checkpoints the log into the database file, which the limit may refuse: the log stays, and the
  // next start reads it back. That is the parent's to check.
  await backend.close().catch((error: unknown) => say('close', String(error)));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say('error', error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
