import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
// Attendance: one mark per person per session with the corrections made to it, absences announced in advance,
// and the make-up sessions owed for sessions the centre cancelled.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('attendance_marks')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('restrict'),
    )
    .addColumn('mark', 'text', (c) =>
      c
        .notNull()
        .check(sql`mark in ('present', 'late', 'absent_excused', 'absent_unexcused', 'cancelled_by_centre')`),
    )
    // Local times "HH:MM" in the centre's zone: day care records when a child came and was collected.
    .addColumn('arrived_at', 'text')
    .addColumn('departed_at', 'text')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('marked_at', 'text', (c) => c.notNull())
    // The account that marked; null for the local operator until accounts exist.
    .addColumn('marked_by', 'text')
    .addPrimaryKeyConstraint('attendance_marks_pk', ['session_id', 'beneficiary_id'])
    .execute();
  await db.schema
    .createIndex('attendance_marks_by_beneficiary')
    .on('attendance_marks')
    .columns(['beneficiary_id', 'session_id'])
    .execute();

  // Each correction of a mark, with the mark before and after as JSON: who changed what, and when.
  await db.schema
    .createTable('attendance_changes')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('session_id', 'integer', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('restrict'),
    )
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema
    .createIndex('attendance_changes_by_mark')
    .on('attendance_changes')
    .columns(['session_id', 'beneficiary_id'])
    .execute();

  // Inclusive dates: "will be away 3–10 March".
  await db.schema
    .createTable('planned_absences')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('cascade'),
    )
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addCheckConstraint('planned_absences_dates', sql`end_date >= start_date`)
    .execute();
  await db.schema
    .createIndex('planned_absences_by_beneficiary')
    .on('planned_absences')
    .columns(['beneficiary_id', 'start_date'])
    .execute();
  await db.schema
    .createIndex('planned_absences_by_dates')
    .on('planned_absences')
    .columns(['start_date', 'end_date'])
    .execute();

  // One credit per person per session the centre cancelled; used once a make-up session is booked for it.
  await db.schema
    .createTable('makeup_credits')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addColumn('source_session_id', 'integer', (c) =>
      c.notNull().references('sessions.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_by_session_id', 'integer', (c) => c.references('sessions.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('makeup_credits_by_source')
    .on('makeup_credits')
    .columns(['source_session_id', 'beneficiary_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('makeup_credits_by_beneficiary')
    .on('makeup_credits')
    .columns(['beneficiary_id', 'used_by_session_id'])
    .execute();
}
