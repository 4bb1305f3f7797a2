import { centreToday } from '../people/today';
import type { Session } from '../auth/session';
import type { Registry } from '../registry';
import {
  archivePeople,
  listArchived,
  listCandidates,
  readPolicy,
  restorePerson,
  writePolicy,
} from './archive';
import { buildFullExport, fullExportFile } from './full-export';
import { importFullExport, previewFullImport, readFullExport } from './full-import';
import { exportSpreadsheet } from './spreadsheet';

/** `session`: after a full import the signed-in account (the new installation's own) no longer exists. */
export function registerDataExport(registry: Registry, session?: Pick<Session, 'invalidate'>): void {
  registry.register('dataExport.spreadsheet', {
    write: false,
    run: (input, { db }) => exportSpreadsheet(db, input),
  });
  registry.register('dataExport.full', {
    write: false,
    run: async (_input, { db, now }) => fullExportFile(await buildFullExport(db, now), now),
  });
  registry.register('dataExport.previewFull', {
    write: false,
    run: (input, { db }) => previewFullImport(db, readFullExport(input.contentBase64)),
  });
  registry.register('dataExport.importFull', {
    write: true,
    run: async (input, { db }) => {
      const summary = await importFullExport(db, readFullExport(input.contentBase64));
      // Read the caller afresh on the next call: the accounts are now the exported centre's.
      session?.invalidate();
      return summary;
    },
  });
  registry.register('archive.policy', {
    write: false,
    run: (_input, { db }) => readPolicy(db),
  });
  registry.register('archive.setPolicy', {
    write: true,
    run: async (input, { db, now }) => {
      await writePolicy(db, input, now);
      return readPolicy(db);
    },
  });
  registry.register('archive.candidates', {
    write: false,
    run: async (_input, { db, now }) => listCandidates(db, await centreToday(db, now)),
  });
  registry.register('archive.archive', {
    write: true,
    run: async ({ ids }, { db, now, caller }) => ({
      archived: await archivePeople(db, ids, await centreToday(db, now), now, caller.userId),
    }),
  });
  registry.register('archive.list', {
    write: false,
    run: (_input, { db }) => listArchived(db),
  });
  registry.register('archive.restore', {
    write: true,
    run: async ({ id }, { db, now }) => restorePerson(db, id, await centreToday(db, now)),
  });
}
