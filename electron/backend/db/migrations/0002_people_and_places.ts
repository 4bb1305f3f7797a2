import { sql, type Kysely } from 'kysely';
import { DEFAULT_SERVICES } from './0002_default_services';

// Frozen: this migration has shipped. Change the schema with a new migration, never by editing this one.
// Dates are "YYYY-MM-DD" calendar dates in the centre's time zone; instants are ISO strings in UTC.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('services')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_uz_latn', 'text', (c) => c.notNull())
    .addColumn('name_uz_cyrl', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('individual', 'group', 'day_care')`))
    .addColumn('default_minutes', 'integer', (c) => c.notNull().check(sql`default_minutes between 5 and 720`))
    .addColumn('min_age_months', 'integer')
    .addColumn('max_age_months', 'integer')
    // JSON array of social or disability criteria, any one of which makes a person eligible; [] = everyone.
    .addColumn('eligibility', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('colour', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  const now = new Date().toISOString();
  await db
    .withTables<{ services: Record<string, string | number | null> }>()
    .insertInto('services')
    .values(
      DEFAULT_SERVICES.map(
        ([code, uzLatn, uzCyrl, ru, en, kind, minutes, minAge, maxAge, eligibility, colour]) => ({
          code,
          name_uz_latn: uzLatn,
          name_uz_cyrl: uzCyrl,
          name_ru: ru,
          name_en: en,
          kind,
          default_minutes: minutes,
          min_age_months: minAge,
          max_age_months: maxAge,
          eligibility: JSON.stringify(eligibility),
          colour,
          created_at: now,
          updated_at: now,
        }),
      ),
    )
    .execute();

  await db.schema
    .createTable('rooms')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('therapy', 'classroom', 'gym', 'pool', 'hall', 'other')`),
    )
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity between 1 and 500`))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('patronymic', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of roles: receptionist, specialist, teacher, manager, administrator.
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff_services')
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('staff_services_pk', ['staff_id', 'service_id'])
    .execute();
  await db.schema
    .createIndex('staff_services_by_service')
    .on('staff_services')
    .column('service_id')
    .execute();

  await db.schema
    .createTable('staff_hours')
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('break_start', 'text')
    .addColumn('break_end', 'text')
    .addPrimaryKeyConstraint('staff_hours_pk', ['staff_id', 'weekday'])
    .execute();

  await db.schema
    .createTable('staff_absences')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('leave', 'sick', 'training', 'unpaid', 'other')`),
    )
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('staff_absences_range', sql`end_date >= start_date`)
    .execute();
  await db.schema
    .createIndex('staff_absences_by_staff')
    .on('staff_absences')
    .columns(['staff_id', 'start_date'])
    .execute();

  await db.schema
    .createTable('closures')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday', 'centre')`))
    .addColumn('name', 'text', (c) => c.notNull())
    // For holidays filled in from the holiday calendar: "<year>:<rule>", so a year is filled only once and a
    // manager's correction of a moving date is not overwritten.
    .addColumn('holiday_key', 'text', (c) => c.unique())
    // A filled-in holiday the manager deleted stays as a hidden marker, so the calendar never fills it in again.
    .addColumn('dismissed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('closures_range', sql`end_date >= start_date`)
    .execute();
  await db.schema
    .createIndex('closures_by_date')
    .on('closures')
    .columns(['start_date', 'end_date'])
    .execute();

  await db.schema
    .createTable('beneficiaries')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('patronymic', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull().check(sql`sex in ('female', 'male')`))
    .addColumn('pinfl', 'text')
    .addColumn('birth_certificate', 'text')
    .addColumn('region_code', 'text')
    .addColumn('district_code', 'text')
    .addColumn('mahalla', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text')
    .addColumn('has_disability', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disability_group', 'text')
    .addColumn('functioning', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('social_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('none')
        .check(sql`social_status in ('none', 'poverty_register', 'low_income', 'near_poverty')`),
    )
    .addColumn('referral_centre', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('referral_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('referral_date', 'text')
    .addColumn('consent_date', 'text')
    .addColumn('consent_taken_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('waiting')
        .check(sql`status in ('waiting', 'active', 'discharged')`),
    )
    .addColumn('discharge_date', 'text')
    .addColumn('discharge_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // Names (in both scripts), PINFL, phones and guardians' names folded for search; kept by the repository.
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('beneficiaries_pinfl')
    .on('beneficiaries')
    .column('pinfl')
    .unique()
    .where(sql.ref('pinfl'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('beneficiaries_by_name')
    .on('beneficiaries')
    .columns(['family_name', 'given_name', 'birth_date'])
    .execute();
  await db.schema.createIndex('beneficiaries_by_status').on('beneficiaries').column('status').execute();
  // The duplicate guard looks people up by birth date before comparing names in both scripts.
  await db.schema
    .createIndex('beneficiaries_by_birth_date')
    .on('beneficiaries')
    .column('birth_date')
    .execute();

  await db.schema
    .createTable('guardians')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('cascade'),
    )
    .addColumn('relation', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`relation in ('mother', 'father', 'grandmother', 'grandfather', 'sibling', 'guardian', 'other')`,
        ),
    )
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('patronymic', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text')
    .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('guardians_by_beneficiary')
    .on('guardians')
    .columns(['beneficiary_id', 'position'])
    .execute();
  await db.schema.createIndex('guardians_by_phone').on('guardians').column('phone').execute();

  await db.schema
    .createTable('beneficiary_services')
    .addColumn('beneficiary_id', 'integer', (c) =>
      c.notNull().references('beneficiaries.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'integer', (c) => c.notNull().references('services.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('beneficiary_services_pk', ['beneficiary_id', 'service_id'])
    .execute();
  await db.schema
    .createIndex('beneficiary_services_by_service')
    .on('beneficiary_services')
    .column('service_id')
    .execute();
}
