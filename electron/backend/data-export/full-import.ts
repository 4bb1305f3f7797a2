import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import type { FullImportPreview, FullImportSummary } from '../../../shared/contract/data-export';
import type { Db } from '../db/connection';
import { appliedMigrations } from '../db/migrate';
import { AppError } from '../errors';
import { dataTables, rowCount, type TableShape } from './tables';
import {
  FULL_EXPORT_FORMAT,
  FULL_EXPORT_FORMAT_VERSION,
  fromCell,
  isCell,
  type FullExport,
} from './full-format';

/** A centre's records: an installation holding any of them is not new, and an import would mix two centres. */
const RECORD_TABLES = ['beneficiaries', 'staff', 'rooms', 'groups', 'series', 'sessions'];

/** Far above any centre's data, and a bound on what a damaged or hostile file can make us allocate. */
const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

const SQLITE_MAX_VARIABLES = 30_000;

function refuse(key: string, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION', message, { fields: { contentBase64: { key } }, ...extra });
}

/** The file's document, or a VALIDATION error saying it is not a full export. */
export function readFullExport(contentBase64: string): FullExport {
  let parsed: unknown;
  try {
    const json = gunzipSync(Buffer.from(contentBase64, 'base64'), { maxOutputLength: MAX_UNZIPPED_BYTES });
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    throw refuse('dataExport.validation.notAnExport', 'The file is not a gzipped JSON document');
  }
  const doc = parsed as Partial<FullExport> | null;
  if (doc === null || typeof doc !== 'object' || doc.format !== FULL_EXPORT_FORMAT) {
    throw refuse('dataExport.validation.notAnExport', 'The file is not an Imkon full export');
  }
  if (doc.formatVersion !== FULL_EXPORT_FORMAT_VERSION) {
    throw refuse(
      'dataExport.validation.otherVersion',
      `Export format ${String(doc.formatVersion)} is not known`,
    );
  }
  const wellFormed =
    typeof doc.appVersion === 'string' &&
    typeof doc.exportedAt === 'string' &&
    Array.isArray(doc.migrations) &&
    doc.migrations.every((m) => typeof m === 'string') &&
    Array.isArray(doc.tables) &&
    doc.tables.every(
      (t) =>
        t !== null &&
        typeof t === 'object' &&
        typeof t.name === 'string' &&
        Array.isArray(t.columns) &&
        t.columns.every((c) => typeof c === 'string') &&
        Array.isArray(t.rows) &&
        t.rows.every((row) => Array.isArray(row) && row.length === t.columns.length && row.every(isCell)),
    );
  if (!wellFormed) throw refuse('dataExport.validation.damaged', 'The export is incomplete or damaged');
  return doc as FullExport;
}

type CallRow = Record<string, unknown> & { id: number };

/**
 * The audit log's row for this very import, written by the registry before the handler ran. Replacing the log
 * with the centre's would drop it, so it is put back after the centre's rows, under the next free id.
 */
async function callInProgress(trx: Db): Promise<CallRow | null> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master
    where type = 'table' and name in ('audit_context', 'audit_calls')`.execute(trx);
  if (rows[0]?.n !== 2) return null;
  const call = await sql<CallRow>`select c.* from audit_calls c
    join audit_context x on x.id = 1 and x.call_id = c.id`.execute(trx);
  return call.rows[0] ?? null;
}

async function keepCall(trx: Db, call: CallRow | null): Promise<void> {
  if (!call) return;
  const { id: _old, ...row } = call;
  const columns = Object.keys(row);
  const inserted = await sql<{
    id: number;
  }>`insert into audit_calls (${sql.join(columns.map((c) => sql.id(c)))})
    values (${sql.join(columns.map((c) => sql`${row[c]}`))}) returning id`.execute(trx);
  await sql`update audit_context set call_id = ${inserted.rows[0]?.id ?? null} where id = 1`.execute(trx);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The export must have been made by this very schema: the same migrations, tables and columns. */
async function checkShapes(db: Db, doc: FullExport): Promise<TableShape[]> {
  const migrations = await appliedMigrations(db);
  if (!sameList(migrations, doc.migrations)) {
    throw refuse(
      'dataExport.validation.otherVersion',
      'The export was made by another version of the schema',
      {
        exportMigrations: doc.migrations,
        databaseMigrations: migrations,
        exportAppVersion: doc.appVersion,
      },
    );
  }
  const shapes = await dataTables(db);
  const exported = new Map(doc.tables.map((t) => [t.name, t]));
  const mismatched = shapes
    .filter((shape) => !sameList(exported.get(shape.name)?.columns ?? [], shape.columns))
    .map((s) => s.name);
  const unknown = doc.tables.filter((t) => !shapes.some((s) => s.name === t.name)).map((t) => t.name);
  if (mismatched.length > 0 || unknown.length > 0 || exported.size !== doc.tables.length) {
    throw refuse('dataExport.validation.damaged', 'The export does not match the tables of this schema', {
      mismatchedTables: mismatched,
      unknownTables: unknown,
    });
  }
  return shapes;
}

/** The same schema, and a new installation: what the import checks before it deletes anything. */
async function checkImportable(db: Db, doc: FullExport): Promise<TableShape[]> {
  const shapes = await checkShapes(db, doc);
  for (const table of RECORD_TABLES) {
    if ((await rowCount(db, table)) > 0) {
      throw new AppError('CONFLICT', `This installation already holds records (${table})`, {
        fields: { contentBase64: { key: 'dataExport.validation.notEmpty' } },
      });
    }
  }
  return shapes;
}

/**
 * What an import of `doc` would do, changing nothing: the same refusals as the import itself, then the
 * export's main records and this installation's rows that it would replace, for the person to confirm.
 */
export async function previewFullImport(db: Db, doc: FullExport): Promise<FullImportPreview> {
  const shapes = await checkImportable(db, doc);
  const incoming = (table: string) => doc.tables.find((t) => t.name === table)?.rows.length ?? 0;
  let replacedRows = 0;
  for (const shape of shapes) replacedRows += await rowCount(db, shape.name);
  return {
    exportedAt: doc.exportedAt,
    appVersion: doc.appVersion,
    incoming: {
      people: incoming('beneficiaries'),
      staff: incoming('staff'),
      sessions: incoming('sessions'),
      accounts: incoming('accounts'),
      rows: doc.tables.reduce((sum, t) => sum + t.rows.length, 0),
    },
    replaced: {
      services: await rowCount(db, 'services'),
      accounts: await rowCount(db, 'accounts'),
      rows: replacedRows,
    },
  };
}

/**
 * Replaces the contents of a new installation with a full export, inside the caller's transaction. The
 * installation's own starting rows (default services, holidays, settings, a first account) give way to the
 * centre's. Triggers guard everyday edits (a signed note is never changed); the rows an import restores are
 * already past those rules, so the triggers are set aside for the transaction and put back before it commits.
 */
export async function importFullExport(trx: Db, doc: FullExport): Promise<FullImportSummary> {
  const shapes = await checkImportable(trx, doc);

  const ownCall = await callInProgress(trx);
  await sql`pragma defer_foreign_keys = on`.execute(trx);
  const triggers = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master
    where type = 'trigger' order by name`.execute(trx);
  for (const trigger of triggers.rows) await sql`drop trigger ${sql.id(trigger.name)}`.execute(trx);

  // Children before parents: a RESTRICT key is checked at once even when foreign keys are deferred.
  for (const shape of [...shapes].reverse()) await sql`delete from ${sql.table(shape.name)}`.execute(trx);

  const byName = new Map(doc.tables.map((t) => [t.name, t]));
  let rows = 0;
  try {
    for (const shape of shapes) {
      const table = byName.get(shape.name);
      if (!table) continue; // checkShapes found every table in the export
      const batch = Math.max(
        1,
        Math.min(500, Math.floor(SQLITE_MAX_VARIABLES / Math.max(1, shape.columns.length))),
      );
      const columns = sql.join(shape.columns.map((c) => sql.id(c)));
      for (let start = 0; start < table.rows.length; start += batch) {
        const values = table.rows
          .slice(start, start + batch)
          .map((row) => sql`(${sql.join(row.map((cell) => sql`${fromCell(cell)}`))})`);
        await sql`insert into ${sql.table(shape.name)} (${columns}) values ${sql.join(values)}`.execute(trx);
      }
      rows += table.rows.length;
    }
  } catch (error) {
    throw refuse('dataExport.validation.damaged', `A row of the export was refused: ${String(error)}`);
  }

  const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(trx);
  if (broken.rows.length > 0) {
    throw refuse('dataExport.validation.damaged', 'The export has rows whose references are missing', {
      tables: [...new Set(broken.rows.map((r) => r.table))],
    });
  }
  await keepCall(trx, ownCall);
  for (const trigger of triggers.rows) await sql.raw(trigger.sql).execute(trx);

  return { exportedAt: doc.exportedAt, appVersion: doc.appVersion, tables: shapes.length, rows };
}
