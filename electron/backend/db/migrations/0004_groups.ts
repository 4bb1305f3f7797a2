import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
// Groups with their timetable, rosters by date, and the waiting lists of groups and services.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('groups')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addColumn('teacher_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('restrict'))
    .addColumn('room_id', 'integer', (c) => c.references('rooms.id').onDelete('restrict'))
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity >= 1`))
    .addColumn('min_age_months', 'integer')
    .addColumn('max_age_months', 'integer')
    // The timetable as for a series: RFC 5545 text with a floating DTSTART, and the length beside it.
    .addColumn('rrule', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) =>
      c.notNull().check(sql`duration_minutes between 1 and 720`),
    )
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Inclusive dates; an open end means until further notice. A session's people are the roster on its date.
  await db.schema
    .createTable('group_enrolments')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('restrict'),
    )
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('group_enrolments_dates', sql`end_date is null or end_date >= start_date`)
    .execute();
  await db.schema
    .createIndex('group_enrolments_by_group')
    .on('group_enrolments')
    .columns(['group_id', 'start_date'])
    .execute();
  await db.schema
    .createIndex('group_enrolments_by_beneficiary')
    .on('group_enrolments')
    .column('beneficiary_id')
    .execute();

  await db.schema
    .createTable('waiting_list')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('restrict'),
    )
    // A group's list, or (null) the service's list of individual places.
    .addColumn('group_id', 'integer', (c) => c.references('groups.id').onDelete('cascade'))
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addColumn('priority', 'text', (c) => c.notNull().check(sql`priority in ('urgent', 'high', 'normal')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('waiting', 'offered', 'placed', 'withdrawn')`),
    )
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('waiting_list_by_service')
    .on('waiting_list')
    .columns(['service_id', 'group_id', 'status'])
    .execute();
  await db.schema
    .createIndex('waiting_list_by_beneficiary')
    .on('waiting_list')
    .column('beneficiary_id')
    .execute();

  // A group's sessions are session rows with group_id set and no series; group_original_date is the date the
  // group's timetable gave the session, so a session moved on its own is told from one the timetable placed.
  await sql`alter table sessions add column group_id integer references groups(id) on delete cascade`.execute(
    db,
  );
  await sql`alter table sessions add column group_original_date text`.execute(db);
  await db.schema
    .createIndex('sessions_by_group')
    .on('sessions')
    .columns(['group_id', 'group_original_date'])
    .unique()
    .where(sql.ref('group_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('sessions_by_group_date')
    .on('sessions')
    .columns(['group_id', 'date'])
    .where(sql.ref('group_id'), 'is not', null)
    .execute();

  // Overrides recorded for a group's timetable or for one enrolment (outside the age band, not eligible).
  await sql`alter table booking_overrides add column group_id integer references groups(id) on delete set null`.execute(
    db,
  );
  await sql`alter table booking_overrides add column enrolment_id integer
    references group_enrolments(id) on delete set null`.execute(db);
}
