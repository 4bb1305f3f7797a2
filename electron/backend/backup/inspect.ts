import BetterSqlite3 from 'better-sqlite3';
import type { BackupSummary } from '../../../shared/domain/backup';
import { MIGRATION_TABLE } from '../db/migrate';

export interface Inspection {
  /** 'ok', or what SQLite's quick_check found. */
  quickCheck: string;
  migrations: string[];
  tables: Record<string, number>;
  summary: BackupSummary;
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Runs quick_check on an open connection: 'ok' or the first problems SQLite lists. */
export function quickCheck(raw: BetterSqlite3.Database): string {
  const rows = raw.pragma('quick_check(10)', { simple: false }) as Array<{ quick_check: string }>;
  const found = rows.map((row) => row.quick_check);
  return found.length === 1 && found[0] === 'ok' ? 'ok' : found.join('; ');
}

export function migrationsOf(raw: BetterSqlite3.Database): string[] {
  const exists = raw
    .prepare("select count(*) as n from sqlite_master where type = 'table' and name = ?")
    .get(MIGRATION_TABLE) as { n: number };
  if (!exists.n) return [];
  const rows = raw.prepare(`select name from ${MIGRATION_TABLE} order by timestamp, name`).all() as Array<{
    name: string;
  }>;
  return rows.map((row) => row.name);
}

export function tableCounts(raw: BetterSqlite3.Database): Record<string, number> {
  const names = raw
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as Array<{ name: string }>;
  const counts: Record<string, number> = {};
  for (const { name } of names) {
    counts[name] = (raw.prepare(`select count(*) as n from ${quoted(name)}`).get() as { n: number }).n;
  }
  return counts;
}

export function summaryOf(tables: Record<string, number>): BackupSummary {
  return {
    people: tables.beneficiaries ?? 0,
    sessions: tables.sessions ?? 0,
    marks: tables.attendance_marks ?? 0,
  };
}

/** Opens a database file read-only (never creating or changing it) and says what it holds and whether it is sound. */
export function inspectDatabase(file: string): Inspection {
  const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const check = quickCheck(raw);
    if (check !== 'ok') return { quickCheck: check, migrations: [], tables: {}, summary: summaryOf({}) };
    const tables = tableCounts(raw);
    return { quickCheck: check, migrations: migrationsOf(raw), tables, summary: summaryOf(tables) };
  } finally {
    raw.close();
  }
}
