import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
// Individual programmes: one per beneficiary per period, its functional goals with their Goal Attainment Scale,
// the services prescribed (and the series booked for them), and the periodic reviews with the level each goal
// reached. Dates are "YYYY-MM-DD"; *_at are ISO instants in UTC; *_by are account ids (null before accounts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('programmes')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('restrict'),
    )
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('review_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'active', 'reviewed', 'closed')`),
    )
    // The programme whose review started this one ("start next period").
    .addColumn('previous_id', 'integer', (c) => c.references('programmes.id').onDelete('set null'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'programmes_period',
      sql`start_date <= review_date and review_date <= end_date and start_date < end_date`,
    )
    .execute();
  await db.schema
    .createIndex('programmes_by_beneficiary')
    .on('programmes')
    .columns(['beneficiary_id', 'start_date'])
    .execute();
  // "Due for review": open programmes by their review date.
  await db.schema
    .createIndex('programmes_by_status_review')
    .on('programmes')
    .columns(['status', 'review_date'])
    .execute();

  await db.schema
    .createTable('programme_goals')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) =>
      c
        .notNull()
        .check(sql`domain in ('movement', 'communication', 'self_care', 'learning', 'social', 'family')`),
    )
    .addColumn('baseline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('programme_goals_by_programme')
    .on('programme_goals')
    .columns(['programme_id', 'position'])
    .execute();

  // The Goal Attainment Scale of a goal: one description per level, −2 … +2, 0 being the expected outcome.
  await db.schema
    .createTable('goal_levels')
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('programme_goals.id').onDelete('cascade'))
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between -2 and 2`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('goal_levels_pk', ['goal_id', 'level'])
    .execute();

  // ICF-CY codes of a goal ("d330", "b1670"), in the order they were entered.
  await db.schema
    .createTable('goal_icf_codes')
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('programme_goals.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('goal_icf_codes_pk', ['goal_id', 'code'])
    .execute();

  await db.schema
    .createTable('prescriptions')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addColumn('sessions_per_week', 'integer', (c) =>
      c.notNull().check(sql`sessions_per_week between 1 and 7`),
    )
    .addColumn('weeks', 'integer', (c) => c.notNull().check(sql`weeks between 1 and 104`))
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 1 and 720`))
    .addColumn('specialist_id', 'integer', (c) => c.references('staff.id').onDelete('restrict'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('prescriptions_by_programme')
    .on('prescriptions')
    .columns(['programme_id', 'service_id'])
    .execute();

  // The series booked for a prescription; a series serves at most one prescription.
  await db.schema
    .createTable('prescription_series')
    .addColumn('prescription_id', 'integer', (c) =>
      c.notNull().references('prescriptions.id').onDelete('cascade'),
    )
    .addColumn('series_id', 'integer', (c) => c.notNull().references('series.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addPrimaryKeyConstraint('prescription_series_pk', ['prescription_id', 'series_id'])
    .execute();
  await db.schema
    .createIndex('prescription_series_by_series')
    .on('prescription_series')
    .column('series_id')
    .unique()
    .execute();

  await db.schema
    .createTable('programme_reviews')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('review_date', 'text', (c) => c.notNull())
    // The staff member who led the review.
    .addColumn('reviewer_id', 'integer', (c) => c.references('staff.id').onDelete('restrict'))
    .addColumn('conclusion', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('programme_reviews_by_programme')
    .on('programme_reviews')
    .columns(['programme_id', 'review_date'])
    .execute();

  // The level each goal reached at a review. The service refuses to delete a goal that has one; cascade only so
  // that deleting a whole programme never depends on the order SQLite deletes its children in.
  await db.schema
    .createTable('review_goal_levels')
    .addColumn('review_id', 'integer', (c) =>
      c.notNull().references('programme_reviews.id').onDelete('cascade'),
    )
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('programme_goals.id').onDelete('cascade'))
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level between -2 and 2`))
    .addPrimaryKeyConstraint('review_goal_levels_pk', ['review_id', 'goal_id'])
    .execute();
  await db.schema
    .createIndex('review_goal_levels_by_goal')
    .on('review_goal_levels')
    .columns(['goal_id', 'review_id'])
    .execute();
}
