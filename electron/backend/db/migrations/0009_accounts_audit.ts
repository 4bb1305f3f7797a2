import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    // Lower-cased in the backend (Unicode-aware, unlike SQLite's NOCASE): 'Dilnoza' and 'dilnoza' are one name.
    .addColumn('username_key', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('password_salt', 'text', (c) => c.notNull())
    /** JSON: the scrypt cost the hash was made with, so raising it later still verifies old hashes. */
    .addColumn('password_params', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id').onDelete('set null'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('account_roles')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('receptionist', 'specialist', 'manager', 'administrator')`),
    )
    .addPrimaryKeyConstraint('account_roles_pk', ['account_id', 'role'])
    .execute();

  // Keyed by the typed name, known or not, so guessing names is throttled too; survives a restart.
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('username_key', 'text', (c) => c.primaryKey())
    .addColumn('failed_count', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_failed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('auth_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('lock_after_minutes', 'integer', (c) => c.notNull())
    .execute();

  // One row per call: a write channel, the opening of a person's file, signing in and out.
  await db.schema
    .createTable('audit_calls')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('change', 'view', 'access')`))
    .addColumn('action', 'text', (c) => c.notNull())
    // No foreign keys: the log outlives the accounts and people it names.
    .addColumn('user_id', 'text')
    .addColumn('user_name', 'text')
    .addColumn('beneficiary_id', 'integer')
    .execute();
  await db.schema.createIndex('audit_calls_at').on('audit_calls').column('at').execute();
  await db.schema.createIndex('audit_calls_user').on('audit_calls').columns(['user_id', 'at']).execute();
  await db.schema
    .createIndex('audit_calls_beneficiary')
    .on('audit_calls')
    .columns(['beneficiary_id', 'at'])
    .execute();

  // One row per changed table row, written by the triggers electron/backend/audit/triggers.ts installs.
  await db.schema
    .createTable('audit_changes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('call_id', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('row_key', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('beneficiary_id', 'integer')
    .execute();
  await db.schema.createIndex('audit_changes_call').on('audit_changes').column('call_id').execute();
  await db.schema
    .createIndex('audit_changes_beneficiary')
    .on('audit_changes')
    .column('beneficiary_id')
    .execute();

  // The call a write transaction belongs to, set at its start and cleared before its commit.
  await db.schema
    .createTable('audit_context')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('call_id', 'integer')
    .execute();
  await sql`insert into audit_context (id, call_id) values (1, null)`.execute(db);

  for (const table of ['audit_calls', 'audit_changes']) {
    for (const event of ['update', 'delete']) {
      await sql
        .raw(
          `create trigger ${table}_no_${event} before ${event} on ${table}
           begin select raise(abort, 'the audit log is append-only'); end`,
        )
        .execute(db);
    }
  }
}
