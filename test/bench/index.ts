import { createBackend } from '../../electron/backend';
import { makeTempDir } from '../support/temp-dir';
import { generateCentre } from './generate';
import { benchDocuments } from './documents';
import { measure, report } from './measure';
import { benchPeople } from './people';
import { benchProgressReports } from './progress-report';
import { benchSchedule } from './schedule';

/** BENCH_ONLY=documents (or a comma-separated list of these names) runs only those parts. */
const only = process.env['BENCH_ONLY']?.split(',').map((name) => name.trim());
const runs = (name: string) => !only || only.includes(name);

/**
 * Benchmarks against a large generated centre. Not tests: they print figures, each beside its floor (the bare
 * better-sqlite3 call doing the same work) so a ratio shows what our layers cost.
 */
async function main(): Promise<void> {
  const temp = makeTempDir('imkon-bench-');
  const backend = await createBackend({ dataDir: temp.dir });
  try {
    await generateCentre(backend);

    if (runs('channels')) {
      const bare = backend.raw.prepare('select * from centre_settings where id = ?');
      const floor = await measure('bare better-sqlite3: settings row', () => bare.get(1));
      const roundTrip = await measure('channel settings.get (registry + Kysely)', async () => {
        const result = await backend.handle('settings.get', {});
        if (!result.ok) throw new Error(result.error.message);
      });
      const health = await measure('channel system.health', () => backend.handle('system.health', {}));
      report('Channel round trip through the registry', floor, [roundTrip, health]);
    }

    if (runs('people')) await benchPeople(backend);
    if (runs('schedule')) await benchSchedule(backend);
    if (runs('documents')) await benchDocuments(backend);
    if (runs('progress')) await benchProgressReports(backend);
  } finally {
    await backend.close();
    temp.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
