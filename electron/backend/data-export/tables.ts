import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { MIGRATION_TABLE } from '../db/migrate';

/**
 * Not the centre's data: the migrator's bookkeeping (the schema version travels in the manifest instead), the
 * audit log's pointer to the call in progress, and the counters of failed sign-ins.
 */
export const NOT_DATA: ReadonlySet<string> = new Set([
  MIGRATION_TABLE,
  `${MIGRATION_TABLE}_lock`,
  'audit_context',
  'sign_in_throttle',
]);

export interface TableShape {
  name: string;
  /** Column names in their declared order. */
  columns: string[];
}

/**
 * Every table that holds the centre's data, read from sqlite_master so that a table another feature adds is
 * exported and imported without anyone listing it here. Ordered so that a table comes after the tables its
 * foreign keys point to (parents first), then by name.
 */
export async function dataTables(db: Db): Promise<TableShape[]> {
  const { rows } = await sql<{ name: string }>`select name from sqlite_master
    where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name`.execute(db);
  const names = rows.map((r) => r.name).filter((name) => !NOT_DATA.has(name));
  const shapes = new Map<string, TableShape>();
  const parents = new Map<string, Set<string>>();
  for (const name of names) {
    const columns = await sql<{
      name: string;
    }>`select name from pragma_table_info(${name}) order by cid`.execute(db);
    shapes.set(name, { name, columns: columns.rows.map((c) => c.name) });
    const keys = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${name})`.execute(
      db,
    );
    parents.set(name, new Set(keys.rows.map((k) => k.table).filter((t) => t !== name)));
  }
  return parentsFirst(names, parents).flatMap((name) => shapes.get(name) ?? []);
}

function parentsFirst(names: string[], parents: Map<string, Set<string>>): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const visit = (name: string) => {
    // A cycle (never in this schema) is broken where it is met; deferred foreign keys cover it.
    if (placed.has(name) || visiting.has(name) || !parents.has(name)) return;
    visiting.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent);
    visiting.delete(name);
    placed.add(name);
    ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered;
}

export async function rowCount(db: Db, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return rows[0]?.n ?? 0;
}
