import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import type { ExportedFile } from '../../../shared/contract/data-export';
import type { Db } from '../db/connection';
import { appliedMigrations } from '../db/migrate';
import { APP_VERSION } from '../version';
import { dataTables } from './tables';
import {
  FULL_EXPORT_FORMAT,
  FULL_EXPORT_FORMAT_VERSION,
  FULL_EXPORT_MIME,
  toCell,
  type ExportedTable,
  type FullExport,
} from './full-format';

/**
 * Every table as it is, accounts with their password hashes included: the export moves a centre to a new
 * installation, where its staff sign in as before. The file is as sensitive as the database itself.
 */
export async function buildFullExport(db: Db, now: Date): Promise<FullExport> {
  const tables: ExportedTable[] = [];
  for (const { name, columns } of await dataTables(db)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    tables.push({ name, columns, rows: rows.map((row) => columns.map((column) => toCell(row[column]))) });
  }
  return {
    format: FULL_EXPORT_FORMAT,
    formatVersion: FULL_EXPORT_FORMAT_VERSION,
    appVersion: APP_VERSION,
    exportedAt: now.toISOString(),
    migrations: await appliedMigrations(db),
    tables,
  };
}

export function fullExportFile(data: FullExport, now: Date): ExportedFile {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return {
    fileName: `imkon-full-export-${stamp}.json.gz`,
    bytes: gzipSync(JSON.stringify(data)).toString('base64'),
    mime: FULL_EXPORT_MIME,
  };
}
