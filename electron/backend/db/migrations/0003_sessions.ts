import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
// Individual sessions and recurring series. Groups, rosters and the waiting list come in a later migration.
// Dates are "YYYY-MM-DD" and times "HH:MM" in the centre's zone; start_at/end_at are ISO instants in UTC.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('series')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addColumn('specialist_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('restrict'))
    // Null for sessions outside the centre's rooms (home visits).
    .addColumn('room_id', 'integer', (c) => c.references('rooms.id').onDelete('restrict'))
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('restrict'),
    )
    .addColumn('mother_guardian_id', 'integer', (c) => c.references('guardians.id').onDelete('set null'))
    // RFC 5545 text with a floating DTSTART (toRRuleString); the length is not part of an RRULE.
    .addColumn('rrule', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) =>
      c.notNull().check(sql`duration_minutes between 1 and 720`),
    )
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .execute();

  // One row per session of a series that differs from its rule, keyed by the date the rule gave it.
  await db.schema
    .createTable('series_exceptions')
    .addColumn('series_id', 'integer', (c) => c.notNull().references('series.id').onDelete('cascade'))
    .addColumn('original_date', 'text', (c) => c.notNull())
    .addColumn('cancelled_reason', 'text', (c) =>
      c.check(sql`cancelled_reason is null or cancelled_reason in ('family', 'centre', 'illness')`),
    )
    .addColumn('cancelled_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('moved_date', 'text')
    .addColumn('moved_time', 'text')
    .addColumn('moved_minutes', 'integer')
    .addColumn('room_id', 'integer', (c) => c.references('rooms.id').onDelete('restrict'))
    .addColumn('specialist_id', 'integer', (c) => c.references('staff.id').onDelete('restrict'))
    .addColumn('notes', 'text')
    .addColumn('kept_note', 'text')
    .addPrimaryKeyConstraint('series_exceptions_pk', ['series_id', 'original_date'])
    .addCheckConstraint(
      'series_exceptions_moved_whole',
      sql`(moved_date is null) = (moved_time is null) and (moved_date is null) = (moved_minutes is null)`,
    )
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('series_id', 'integer', (c) => c.references('series.id').onDelete('cascade'))
    .addColumn('original_date', 'text')
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addColumn('specialist_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('restrict'))
    .addColumn('room_id', 'integer', (c) => c.references('rooms.id').onDelete('restrict'))
    .addColumn('mother_guardian_id', 'integer', (c) => c.references('guardians.id').onDelete('set null'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 1 and 720`))
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('scheduled', 'cancelled')`))
    .addColumn('cancel_reason', 'text', (c) =>
      c.check(sql`cancel_reason is null or cancel_reason in ('family', 'centre', 'illness')`),
    )
    .addColumn('cancel_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('sessions_series_date', sql`(series_id is null) = (original_date is null)`)
    .execute();
  await db.schema
    .createIndex('sessions_by_series_date')
    .on('sessions')
    .columns(['series_id', 'original_date'])
    .unique()
    .execute();
  // Conflict checks and the calendar read sessions by time, per specialist, per room or for the whole centre.
  await db.schema.createIndex('sessions_by_start').on('sessions').column('start_at').execute();
  await db.schema
    .createIndex('sessions_by_specialist')
    .on('sessions')
    .columns(['specialist_id', 'start_at'])
    .execute();
  await db.schema.createIndex('sessions_by_room').on('sessions').columns(['room_id', 'start_at']).execute();
  await db.schema
    .createIndex('sessions_by_mother')
    .on('sessions')
    .columns(['mother_guardian_id', 'start_at'])
    .where(sql.ref('mother_guardian_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('session_beneficiaries')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('restrict'),
    )
    .addPrimaryKeyConstraint('session_beneficiaries_pk', ['session_id', 'beneficiary_id'])
    .execute();
  await db.schema
    .createIndex('session_beneficiaries_by_beneficiary')
    .on('session_beneficiaries')
    .columns(['beneficiary_id', 'session_id'])
    .execute();

  // Soft clashes a manager set aside, with the reason: on one session or on a whole series' booking or edit.
  await db.schema
    .createTable('booking_overrides')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('session_id', 'integer', (c) => c.references('sessions.id').onDelete('set null'))
    .addColumn('series_id', 'integer', (c) => c.references('series.id').onDelete('set null'))
    // JSON array of clash kinds.
    .addColumn('clash_kinds', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('booking_overrides_by_session')
    .on('booking_overrides')
    .column('session_id')
    .execute();
  await db.schema
    .createIndex('booking_overrides_by_series')
    .on('booking_overrides')
    .column('series_id')
    .execute();
}
