import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '..';
import { AlreadySeededError, seedDemo } from '../demo/seed';
import { readDatabaseInfo } from './info';

const HELP = `Imkon command line: works on a centre's data folder without the app window.

Usage: npm run cli -- <command> [options]

Commands:
  info --data-dir DIR        Print the database's schema version and the row count of each table.
                             Reads only; the database is not changed or upgraded.
  seed-demo --data-dir DIR   Create a demo centre (modelled on the "World of Opportunities" centre in
                             Andijan) in a new data folder. Refuses a folder that already holds a centre.
  help, --help               Show this text.
`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0];
  if (values.help || !command || command === 'help') {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 1;
  }
  const dataDirArg = values['data-dir'];
  if (!dataDirArg) {
    process.stderr.write(`${command} needs --data-dir DIR.\n\n${HELP}`);
    return 1;
  }
  const dataDir = resolve(dataDirArg);

  switch (command) {
    case 'info': {
      const info = await readDatabaseInfo(dataDir);
      if (!info) {
        process.stderr.write(`No Imkon database in ${dataDir}.\n`);
        return 1;
      }
      process.stdout.write(`Database: ${info.file}\n`);
      process.stdout.write(`Schema version: ${info.schemaVersion} (this app: ${info.latestSchemaVersion})\n`);
      process.stdout.write('Rows:\n');
      for (const [table, count] of Object.entries(info.tables)) {
        process.stdout.write(`  ${table.padEnd(28)} ${String(count).padStart(9)}\n`);
      }
      return 0;
    }
    case 'seed-demo': {
      const backend = await createBackend({ dataDir });
      try {
        const summary = await seedDemo(backend);
        process.stdout.write(`Demo centre created in ${dataDir}: ${summary.centre}\n`);
        return 0;
      } catch (error) {
        if (error instanceof AlreadySeededError) {
          process.stderr.write(`${error.message} (${dataDir})\n`);
          return 1;
        }
        throw error;
      } finally {
        await backend.close();
      }
    }
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${HELP}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
