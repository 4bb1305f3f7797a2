import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
/**
 * Retention: a discharged person's records can be archived some years after the discharge. Archiving hides the
 * person from searches and lists and deletes nothing (the audit log above all is kept), so it is a mark on the
 * row, not a move to another table: every reference (sessions, marks, programmes, notes) stays valid.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('beneficiaries').addColumn('archived_at', 'text').execute();
  // The account that archived; null for the local operator.
  await db.schema.alterTable('beneficiaries').addColumn('archived_by', 'text').execute();
  await db.schema
    .createIndex('beneficiaries_by_archived')
    .on('beneficiaries')
    .column('archived_at')
    .execute();

  await db.schema
    .createTable('retention_policy')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('years_after_discharge', 'integer', (c) =>
      c.notNull().check(sql`years_after_discharge between 1 and 75`),
    )
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Five years after discharge unless the centre decides otherwise.
  await sql`insert into retention_policy (id, years_after_discharge, updated_at)
    values (1, 5, ${new Date().toISOString()})`.execute(db);
}
