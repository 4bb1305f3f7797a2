import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
// Session progress notes: one per person per delivered session, written as a draft and then signed; the goals it
// rated on the Goal Attainment Scale; amendments added to a signed note (which is never edited); and the
// templates per service that save typing. *_by are account ids (null before accounts), *_staff_id the staff
// member the account is linked to, so that a note names its specialist even for the local operator.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('progress_notes')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    // A health record outlives nothing it refers to: a delivered session or a person with notes is not deleted.
    .addColumn('session_id', 'integer', (c) => c.notNull().references('sessions.id').onDelete('restrict'))
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('restrict'),
    )
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'signed')`))
    .addColumn('what_was_done', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('observations', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_by', 'text')
    .addColumn('author_staff_id', 'integer', (c) => c.references('staff.id').onDelete('restrict'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('signed_staff_id', 'integer', (c) => c.references('staff.id').onDelete('restrict'))
    .addCheckConstraint('progress_notes_signed', sql`(status = 'signed') = (signed_at is not null)`)
    .execute();
  await db.schema
    .createIndex('progress_notes_by_session')
    .on('progress_notes')
    .columns(['session_id', 'beneficiary_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('progress_notes_by_beneficiary')
    .on('progress_notes')
    .columns(['beneficiary_id', 'status'])
    .execute();

  await db.schema
    .createTable('progress_note_ratings')
    .addColumn('note_id', 'integer', (c) => c.notNull().references('progress_notes.id').onDelete('cascade'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('programme_goals.id').onDelete('restrict'))
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between -2 and 2`))
    .addPrimaryKeyConstraint('progress_note_ratings_pk', ['note_id', 'goal_id'])
    .execute();
  await db.schema
    .createIndex('progress_note_ratings_by_goal')
    .on('progress_note_ratings')
    .columns(['goal_id', 'note_id'])
    .execute();

  await db.schema
    .createTable('progress_note_amendments')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('note_id', 'integer', (c) => c.notNull().references('progress_notes.id').onDelete('restrict'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_by', 'text')
    .addColumn('author_staff_id', 'integer', (c) => c.references('staff.id').onDelete('restrict'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('progress_note_amendments_by_note')
    .on('progress_note_amendments')
    .columns(['note_id', 'id'])
    .execute();

  await db.schema
    .createTable('note_templates')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('what_was_done', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('observations', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('note_templates_by_service')
    .on('note_templates')
    .columns(['service_id', 'title'])
    .unique()
    .execute();

  // The database itself keeps a signed note as it was signed, whatever code writes to it: its row, its ratings
  // and its amendments can only be added to.
  await sql`create trigger progress_notes_signed_kept before update on progress_notes
    when old.status = 'signed'
    begin select raise(abort, 'a signed progress note is never edited'); end`.execute(db);
  await sql`create trigger progress_notes_signed_not_deleted before delete on progress_notes
    when old.status = 'signed'
    begin select raise(abort, 'a signed progress note is never deleted'); end`.execute(db);
  for (const [event, row] of [
    ['insert', 'new'],
    ['update', 'old'],
    ['delete', 'old'],
  ] as const)
    await sql
      .raw(
        `create trigger progress_note_ratings_signed_${event} before ${event} on progress_note_ratings
        when (select status from progress_notes where id = ${row}.note_id) = 'signed'
        begin select raise(abort, 'the ratings of a signed progress note are never changed'); end`,
      )
      .execute(db);
  await sql`create trigger progress_note_amendments_kept_update before update on progress_note_amendments
    begin select raise(abort, 'an amendment is never edited'); end`.execute(db);
  await sql`create trigger progress_note_amendments_kept_delete before delete on progress_note_amendments
    begin select raise(abort, 'an amendment is never deleted'); end`.execute(db);
}
