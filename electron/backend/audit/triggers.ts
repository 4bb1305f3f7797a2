import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { MIGRATION_TABLE } from '../db/migrate';
import { writeTransaction } from '../db/transaction';

/** Bumped when the trigger text below changes, so every table's triggers are made anew. */
const GENERATOR_VERSION = 1;

/**
 * Tables whose rows are not audited: the log itself and its context, the migrator's own tables, and the
 * sign-in throttle (failed sign-ins are logged as access events instead of counter changes).
 */
export const UNAUDITED_TABLES: ReadonlySet<string> = new Set([
  'audit_calls',
  'audit_changes',
  'audit_context',
  MIGRATION_TABLE,
  `${MIGRATION_TABLE}_lock`,
  'sign_in_throttle',
]);

/** Never copied into the log, even as a hash. */
const SECRET_COLUMN = /^password_(hash|salt)$/;

interface Column {
  name: string;
  type: string;
  pk: number;
}

const OPERATIONS = [
  { event: 'insert', short: 'ins' },
  { event: 'update', short: 'upd' },
  { event: 'delete', short: 'del' },
] as const;

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Ordinary tables that should carry audit triggers, by reading the schema as it is now. */
export async function auditedTables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string; sql: string | null }>`
    select name, sql from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'
    order by name`.execute(db);
  const virtual = rows.filter((r) => /^create\s+virtual/i.test(r.sql ?? '')).map((r) => r.name);
  // A virtual table's shadow tables (an FTS index's _data, _idx, ...) are its storage, not records.
  const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
  return rows
    .map((r) => r.name)
    .filter((name) => !UNAUDITED_TABLES.has(name) && !virtual.includes(name) && !isShadow(name));
}

async function columnsOf(db: Db, table: string): Promise<Column[]> {
  const { rows } = await sql<Column>`select name, type, pk from pragma_table_info(${table})`.execute(db);
  return rows;
}

function rowJson(prefix: 'new' | 'old', columns: Column[]): string {
  const parts = columns
    .filter((c) => !SECRET_COLUMN.test(c.name))
    .map((c) => {
      const value = `${prefix}.${quote(c.name)}`;
      // JSON holds no blobs: keep their bytes as hex.
      return `${literal(c.name)}, ${/blob/i.test(c.type) ? `hex(${value})` : value}`;
    });
  return `json_object(${parts.join(', ')})`;
}

function keyJson(prefix: 'new' | 'old', columns: Column[]): string {
  const keys = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  if (keys.length === 0) return `json_object('rowid', ${prefix}.rowid)`;
  return `json_object(${keys.map((c) => `${literal(c.name)}, ${prefix}.${quote(c.name)}`).join(', ')})`;
}

/** The person a row belongs to, when it says so itself: their own row or a beneficiary_id column. */
function beneficiaryOf(table: string, prefix: 'new' | 'old', columns: Column[]): string {
  if (table === 'beneficiaries') return `${prefix}.id`;
  if (columns.some((c) => c.name === 'beneficiary_id')) return `${prefix}.beneficiary_id`;
  return 'null';
}

function triggerSql(table: string, columns: Column[], event: 'insert' | 'update' | 'delete', name: string) {
  const side = event === 'delete' ? 'old' : 'new';
  const before = event === 'insert' ? 'null' : rowJson('old', columns);
  const after = event === 'delete' ? 'null' : rowJson('new', columns);
  // An update that changes nothing (an upsert writing the same values) is not a change.
  const when =
    event === 'update'
      ? `when not (${columns.map((c) => `old.${quote(c.name)} is new.${quote(c.name)}`).join(' and ')})`
      : '';
  return `create trigger ${quote(name)} after ${event} on ${quote(table)} ${when}
    begin
      insert into audit_changes (call_id, at, table_name, operation, row_key, before, after, beneficiary_id)
      values (
        (select call_id from audit_context where id = 1),
        coalesce((select c.at from audit_calls c where c.id = (select call_id from audit_context where id = 1)),
          strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        ${literal(table)}, ${literal(event)}, ${keyJson(side, columns)}, ${before}, ${after},
        ${beneficiaryOf(table, side, columns)}
      );
    end`;
}

export function triggerName(table: string, columns: Column[], short: string): string {
  const shape = `${GENERATOR_VERSION}|${table}|${columns.map((c) => `${c.name}:${c.type}:${c.pk}`).join(',')}`;
  const hash = createHash('sha256').update(shape).digest('hex').slice(0, 10);
  return `audit_${table}_${short}_${hash}`;
}

async function existingAuditTriggers(db: Db): Promise<Array<{ name: string; table: string }>> {
  const { rows } = await sql<{ name: string; tbl_name: string }>`
    select name, tbl_name from sqlite_master where type = 'trigger' and name like 'audit\\_%' escape '\\'`.execute(
    db,
  );
  return rows
    .filter((r) => !UNAUDITED_TABLES.has(r.tbl_name))
    .map((r) => ({ name: r.name, table: r.tbl_name }));
}

/** Before migrations run: their ALTERs must not meet triggers naming columns of the old shape. */
export async function dropAuditTriggers(db: Db): Promise<void> {
  for (const trigger of await existingAuditTriggers(db)) {
    await sql.raw(`drop trigger if exists ${quote(trigger.name)}`).execute(db);
  }
}

/**
 * Gives every table (including those of migrations written after this one) insert, update and delete triggers
 * that copy the row before and after into audit_changes. A trigger's name carries a hash of the table's
 * columns: when a migration changes the table, the old triggers no longer match and are replaced.
 */
export async function installAuditTriggers(db: Db): Promise<{ created: number }> {
  // One transaction: a new database gets a hundred-odd triggers with one sync to disk instead of one each.
  return writeTransaction(db, async (trx) => {
    const existing = await existingAuditTriggers(trx);
    const wanted = new Set<string>();
    let created = 0;
    for (const table of await auditedTables(trx)) {
      const columns = await columnsOf(trx, table);
      for (const { event, short } of OPERATIONS) {
        const name = triggerName(table, columns, short);
        wanted.add(name);
        if (existing.some((t) => t.name === name)) continue;
        await sql.raw(triggerSql(table, columns, event, name)).execute(trx);
        created += 1;
      }
    }
    for (const stale of existing.filter((t) => !wanted.has(t.name))) {
      await sql.raw(`drop trigger if exists ${quote(stale.name)}`).execute(trx);
    }
    return { created };
  });
}
