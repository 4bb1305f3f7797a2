import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE } from '../../electron/backend';
import { openDatabase, type Db } from '../../electron/backend/db/connection';
import { appliedMigrations, migrate, MIGRATION_TABLE } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { DatabaseTooNewError } from '../../electron/backend/errors';
import { testDir } from './backend-fixture';

/**
 * One entry per migration: data written at the schema just before it, and what must still be true after
 * upgrading to the latest schema. A migration without an entry fails the first test below.
 */
const upgradeCases: Record<string, { before: (db: Db) => Promise<void>; after: (db: Db) => Promise<void> }> =
  {
    '0001_centre_settings': {
      // Before the first migration the file is empty: the upgrade must create the table and keep nothing else out.
      before: async (db) => {
        await sql`create table leftover_notes (body text)`.execute(db);
        await sql`insert into leftover_notes values ('kept')`.execute(db);
      },
      after: async (db) => {
        const rows = await sql<{ body: string }>`select body from leftover_notes`.execute(db);
        expect(rows.rows).toEqual([{ body: 'kept' }]);
        const settings = await db.selectFrom('centre_settings').selectAll().execute();
        expect(settings).toEqual([]);
      },
    },
    '0002_people_and_places': {
      before: async (db) => {
        await sql`insert into centre_settings values
          (1, 'Markaz', 'Andijon', 'Asia/Tashkent', '[1,2,3,4,5]', '08:00', '17:00', 'ru', '2026-01-01T00:00:00Z')`.execute(
          db,
        );
      },
      after: async (db) => {
        const settings = await db
          .selectFrom('centre_settings')
          .select(['name', 'default_language'])
          .execute();
        expect(settings).toEqual([{ name: 'Markaz', default_language: 'ru' }]);
        expect(await db.selectFrom('beneficiaries').select('id').execute()).toEqual([]);
        expect(await db.selectFrom('staff').select('id').execute()).toEqual([]);
        // A new centre starts with the usual services, each named in the four languages.
        const services = await db.selectFrom('services').selectAll().orderBy('id').execute();
        expect(services.map((s) => s.code)).toEqual([
          'early_intervention',
          'day_care',
          'physiotherapy',
          'massage',
          'speech_therapy',
          'defectologist',
          'psychologist',
          'occupational_therapy',
          'pool',
          'adaptive_gym',
          'english',
          'russian',
          'korean',
          'crafts',
          'vocational_guidance',
        ]);
        for (const service of services) {
          for (const name of [service.name_uz_latn, service.name_uz_cyrl, service.name_ru, service.name_en]) {
            expect(name.trim(), service.code).not.toBe('');
          }
          expect(service.colour).toMatch(/^#[0-9a-f]{6}$/);
          expect(service.active).toBe(1);
        }
        const english = services.find((s) => s.code === 'english')!;
        expect(english).toMatchObject({ kind: 'group', min_age_months: 72, max_age_months: 216 });
        expect(JSON.parse(english.eligibility)).toEqual(['disability', 'poverty_register']);
      },
    },
    '0003_sessions': {
      before: async (db) => {
        await sql`insert into rooms (id, name, kind, capacity, created_at, updated_at)
          values (7, 'Logoped xonasi', 'therapy', 1, '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into staff (id, family_name, given_name, roles, created_at, updated_at)
          values (3, 'Karimova', 'Dilnoza', '["specialist"]', '2026-01-01', '2026-01-01')`.execute(db);
      },
      after: async (db) => {
        // People and places are kept; the new tables start empty and take a series with its sessions.
        expect(await db.selectFrom('rooms').select(['id', 'name']).execute()).toEqual([
          { id: 7, name: 'Logoped xonasi' },
        ]);
        expect(await db.selectFrom('sessions').select('id').execute()).toEqual([]);
        expect(await db.selectFrom('series').select('id').execute()).toEqual([]);
        expect(await db.selectFrom('booking_overrides').select('id').execute()).toEqual([]);
        const indexes = await sql<{ name: string }>`select name from sqlite_master
          where type = 'index' and tbl_name = 'sessions' and name like 'sessions_by_%' order by name`.execute(
          db,
        );
        // 0004 adds the group indexes; this migration's own are all there.
        expect(indexes.rows.map((r) => r.name)).toEqual(
          expect.arrayContaining([
            'sessions_by_mother',
            'sessions_by_room',
            'sessions_by_series_date',
            'sessions_by_specialist',
            'sessions_by_start',
          ]),
        );
      },
    },
    '0004_groups': {
      before: async (db) => {
        await sql`insert into staff (id, family_name, given_name, roles, created_at, updated_at)
          values (3, 'Karimova', 'Dilnoza', '["specialist"]', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into sessions (id, service_id, specialist_id, date, start_time, minutes, start_at,
          end_at, status, created_at, updated_at)
          values (11, 1, 3, '2026-03-16', '10:00', 45, '2026-03-16T05:00:00.000Z', '2026-03-16T05:45:00.000Z',
          'scheduled', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into booking_overrides (id, session_id, clash_kinds, reason, created_at)
          values (5, 11, '["outside_working_hours"]', 'Agreed with the family', '2026-01-01')`.execute(db);
      },
      after: async (db) => {
        // Booked sessions stay individual sessions; their overrides keep their reason.
        expect(
          await db.selectFrom('sessions').select(['id', 'group_id', 'group_original_date']).execute(),
        ).toEqual([{ id: 11, group_id: null, group_original_date: null }]);
        expect(
          await db
            .selectFrom('booking_overrides')
            .select(['id', 'reason', 'group_id', 'enrolment_id'])
            .execute(),
        ).toEqual([{ id: 5, reason: 'Agreed with the family', group_id: null, enrolment_id: null }]);
        expect(await db.selectFrom('groups').select('id').execute()).toEqual([]);
        expect(await db.selectFrom('group_enrolments').select('id').execute()).toEqual([]);
        expect(await db.selectFrom('waiting_list').select('id').execute()).toEqual([]);
      },
    },
    '0005_group_sessions_detached': {
      before: async (db) => {
        await sql`insert into staff (id, family_name, given_name, roles, created_at, updated_at)
          values (3, 'Karimova', 'Dilnoza', '["specialist"]', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into groups (id, name, service_id, teacher_id, capacity, rrule, duration_minutes,
          created_at, updated_at)
          values (2, 'Suzish', 9, 3, 6, 'DTSTART:20260317T100000
RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TU;COUNT=2', 45, '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into sessions (id, group_id, group_original_date, service_id, specialist_id, date,
          start_time, minutes, start_at, end_at, status, created_at, updated_at)
          values (11, 2, '2026-03-17', 9, 3, '2026-03-17', '10:00', 45, '2026-03-17T05:00:00.000Z',
          '2026-03-17T05:45:00.000Z', 'scheduled', '2026-01-01', '2026-01-01')`.execute(db);
      },
      after: async (db) => {
        // A group session written before the flag existed follows its group's timetable.
        expect(
          await db.selectFrom('sessions').select(['id', 'group_id', 'group_detached']).execute(),
        ).toEqual([{ id: 11, group_id: 2, group_detached: 0 }]);
      },
    },
    '0006_attendance': {
      before: async (db) => {
        await sql`insert into staff (id, family_name, given_name, roles, created_at, updated_at)
          values (3, 'Karimova', 'Dilnoza', '["specialist"]', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into beneficiaries (id, family_name, given_name, birth_date, sex, created_at, updated_at)
          values (4, 'Aliyev', 'Jasur', '2020-05-01', 'male', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into sessions (id, service_id, specialist_id, date, start_time, minutes, start_at,
          end_at, status, cancel_reason, created_at, updated_at)
          values (11, 5, 3, '2026-03-16', '10:00', 45, '2026-03-16T05:00:00.000Z', '2026-03-16T05:45:00.000Z',
          'cancelled', 'centre', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into session_beneficiaries (session_id, beneficiary_id) values (11, 4)`.execute(db);
      },
      after: async (db) => {
        // Sessions are kept as they were; attendance starts empty, and a centre cancelled before the upgrade owes
        // no credit (credits are granted when the cancellation is made).
        expect(await db.selectFrom('sessions').select(['id', 'status', 'cancel_reason']).execute()).toEqual([
          { id: 11, status: 'cancelled', cancel_reason: 'centre' },
        ]);
        expect(await db.selectFrom('attendance_marks').select('session_id').execute()).toEqual([]);
        expect(await db.selectFrom('attendance_changes').select('id').execute()).toEqual([]);
        expect(await db.selectFrom('planned_absences').select('id').execute()).toEqual([]);
        expect(await db.selectFrom('makeup_credits').select('id').execute()).toEqual([]);
        // The tables take a mark, a planned absence and a credit for the kept session and person; no other mark.
        await sql`insert into attendance_marks (session_id, beneficiary_id, mark, marked_at)
          values (11, 4, 'cancelled_by_centre', '2026-03-16')`.execute(db);
        await sql`insert into planned_absences (beneficiary_id, start_date, end_date, reason, created_at)
          values (4, '2026-03-20', '2026-03-27', 'Sanatoriy', '2026-03-16')`.execute(db);
        await sql`insert into makeup_credits (beneficiary_id, service_id, source_session_id, created_at)
          values (4, 5, 11, '2026-03-16')`.execute(db);
        expect(await db.selectFrom('attendance_marks').select(['mark', 'reason']).execute()).toEqual([
          { mark: 'cancelled_by_centre', reason: '' },
        ]);
        await expect(
          sql`update attendance_marks set mark = 'absent' where session_id = 11`.execute(db),
        ).rejects.toThrow();
        await expect(
          sql`insert into planned_absences (beneficiary_id, start_date, end_date, reason, created_at)
            values (4, '2026-03-27', '2026-03-20', 'Backwards', '2026-03-16')`.execute(db),
        ).rejects.toThrow();
      },
    },
    '0007_programmes': {
      before: async (db) => {
        await sql`insert into staff (id, family_name, given_name, roles, created_at, updated_at)
          values (3, 'Karimova', 'Dilnoza', '["specialist"]', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into beneficiaries (id, family_name, given_name, birth_date, sex, created_at, updated_at)
          values (4, 'Aliyev', 'Jasur', '2020-05-01', 'male', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into series (id, service_id, specialist_id, beneficiary_id, rrule, duration_minutes,
          created_at, updated_at)
          values (8, 5, 3, 4, 'DTSTART:20260316T100000
RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO;COUNT=2', 30, '2026-01-01', '2026-01-01')`.execute(db);
      },
      after: async (db) => {
        // People and series are kept; the programme tables start empty.
        expect(await db.selectFrom('series').select(['id', 'beneficiary_id']).execute()).toEqual([
          { id: 8, beneficiary_id: 4 },
        ]);
        for (const table of [
          'programmes',
          'programme_goals',
          'prescriptions',
          'programme_reviews',
        ] as const) {
          expect(await db.selectFrom(table).select('id').execute(), table).toEqual([]);
        }
        // A programme for the kept person, a goal with its scale, a prescription linked to the kept series.
        await sql`insert into programmes (id, beneficiary_id, start_date, review_date, end_date, status,
          created_at, updated_at)
          values (1, 4, '2026-03-01', '2026-05-31', '2026-08-31', 'draft', '2026-03-01', '2026-03-01')`.execute(
          db,
        );
        await sql`insert into programme_goals (id, programme_id, position, goal, domain, created_at, updated_at)
          values (2, 1, 0, 'Ikki soʻzli gap tuzadi', 'communication', '2026-03-01', '2026-03-01')`.execute(
          db,
        );
        await sql`insert into goal_levels (goal_id, level, description) values (2, -2, 'Gapirmaydi'),
          (2, 0, 'Ikki soʻzli gap'), (2, 2, 'Uch soʻzli gap')`.execute(db);
        await sql`insert into prescriptions (id, programme_id, service_id, sessions_per_week, weeks, minutes,
          created_at, updated_at) values (3, 1, 5, 2, 12, 30, '2026-03-01', '2026-03-01')`.execute(db);
        await sql`insert into prescription_series (prescription_id, series_id, created_at)
          values (3, 8, '2026-03-01')`.execute(db);
        expect(
          await db.selectFrom('programmes').select(['status', 'notes', 'approved_by']).execute(),
        ).toEqual([{ status: 'draft', notes: '', approved_by: null }]);
        // The checks hold: no unknown status, no review after the end, no level beyond +2.
        await expect(sql`update programmes set status = 'open'`.execute(db)).rejects.toThrow();
        await expect(sql`update programmes set review_date = '2026-09-30'`.execute(db)).rejects.toThrow();
        await expect(
          sql`insert into goal_levels (goal_id, level, description) values (2, 3, 'Too far')`.execute(db),
        ).rejects.toThrow();
        // Deleting the programme takes its goals, scales and prescriptions, and leaves the series.
        await sql`delete from programmes where id = 1`.execute(db);
        expect(await db.selectFrom('goal_levels').select('goal_id').execute()).toEqual([]);
        expect(await db.selectFrom('prescription_series').select('series_id').execute()).toEqual([]);
        expect(await db.selectFrom('series').select('id').execute()).toEqual([{ id: 8 }]);
      },
    },
    '0008_progress_notes': {
      before: async (db) => {
        await sql`insert into staff (id, family_name, given_name, roles, created_at, updated_at)
          values (3, 'Karimova', 'Dilnoza', '["specialist"]', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into beneficiaries (id, family_name, given_name, birth_date, sex, created_at, updated_at)
          values (4, 'Aliyev', 'Jasur', '2020-05-01', 'male', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into sessions (id, service_id, specialist_id, date, start_time, minutes, start_at,
          end_at, status, created_at, updated_at)
          values (11, 5, 3, '2026-03-16', '10:00', 30, '2026-03-16T05:00:00.000Z', '2026-03-16T05:30:00.000Z',
          'scheduled', '2026-01-01', '2026-01-01')`.execute(db);
        await sql`insert into session_beneficiaries (session_id, beneficiary_id) values (11, 4)`.execute(db);
        await sql`insert into programmes (id, beneficiary_id, start_date, review_date, end_date, status,
          created_at, updated_at)
          values (1, 4, '2026-03-01', '2026-05-31', '2026-08-31', 'active', '2026-03-01', '2026-03-01')`.execute(
          db,
        );
        await sql`insert into programme_goals (id, programme_id, position, goal, domain, created_at, updated_at)
          values (2, 1, 0, 'Ikki soʻzli gap tuzadi', 'communication', '2026-03-01', '2026-03-01')`.execute(
          db,
        );
      },
      after: async (db) => {
        // Programmes and sessions are kept; the note tables start empty and take a signed note with a rating.
        expect(await db.selectFrom('programme_goals').select(['id', 'goal']).execute()).toEqual([
          { id: 2, goal: 'Ikki soʻzli gap tuzadi' },
        ]);
        for (const table of ['progress_notes', 'progress_note_amendments', 'note_templates'] as const)
          expect(await db.selectFrom(table).select('id').execute(), table).toEqual([]);
        await sql`insert into progress_notes (id, session_id, beneficiary_id, status, what_was_done,
          author_staff_id, created_at, updated_at)
          values (7, 11, 4, 'draft', 'Artikulyatsiya', 3, '2026-03-16', '2026-03-16')`.execute(db);
        await sql`insert into progress_note_ratings (note_id, goal_id, level) values (7, 2, -1)`.execute(db);
        await sql`update progress_notes set status = 'signed', signed_at = '2026-03-16T06:00:00Z'
          where id = 7`.execute(db);
        await sql`insert into progress_note_amendments (note_id, text, created_at)
          values (7, 'Onasi ham qatnashdi', '2026-03-17')`.execute(db);
        // The database keeps a signed note as signed: no edit, no deletion, no rating changed, amendments kept.
        await expect(
          sql`update progress_notes set observations = 'x' where id = 7`.execute(db),
        ).rejects.toThrow(/never edited/);
        await expect(sql`delete from progress_notes where id = 7`.execute(db)).rejects.toThrow(
          /never deleted/,
        );
        await expect(sql`update progress_note_ratings set level = 2`.execute(db)).rejects.toThrow();
        await expect(
          sql`insert into progress_note_ratings (note_id, goal_id, level) values (7, 2, 1)`.execute(db),
        ).rejects.toThrow();
        await expect(sql`delete from progress_note_amendments`.execute(db)).rejects.toThrow();
        // A signed note needs its signing time; a level beyond the scale is refused.
        await expect(
          sql`insert into progress_notes (session_id, beneficiary_id, status, created_at, updated_at)
            values (11, 4, 'signed', '2026-03-16', '2026-03-16')`.execute(db),
        ).rejects.toThrow();
        expect(
          await db.selectFrom('progress_notes').select(['status', 'what_was_done', 'observations']).execute(),
        ).toEqual([{ status: 'signed', what_was_done: 'Artikulyatsiya', observations: '' }]);
      },
    },
    '0009_accounts_audit': {
      before: async (db) => {
        await sql`insert into staff (id, family_name, given_name, patronymic, roles, position, active, search_text,
          created_at, updated_at) values (7, 'Karimova', 'Dilnoza', '', '["therapist"]', 'Logoped', 1, 'karimova',
          '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`.execute(db);
      },
      after: async (db) => {
        // No account yet: the next start asks for the administrator. Staff are kept and can be linked.
        expect(await db.selectFrom('accounts').select('id').execute()).toEqual([]);
        expect(await db.selectFrom('staff').select('id').execute()).toEqual([{ id: 7 }]);
        await sql`insert into accounts (id, username, username_key, display_name, password_hash, password_salt,
          password_params, staff_id, password_changed_at, created_at, updated_at)
          values ('a1', 'Dilnoza', 'dilnoza', 'D', 'h', 's', '{}', 7, 'x', 'x', 'x')`.execute(db);
        await expect(
          sql`insert into accounts (id, username, username_key, display_name, password_hash, password_salt,
            password_params, password_changed_at, created_at, updated_at)
            values ('a2', 'DILNOZA', 'dilnoza', 'D', 'h', 's', '{}', 'x', 'x', 'x')`.execute(db),
        ).rejects.toThrow(/UNIQUE/);
        await expect(sql`insert into account_roles values ('a1', 'root')`.execute(db)).rejects.toThrow(
          /CHECK/,
        );
        expect(await db.selectFrom('audit_context').selectAll().execute()).toEqual([
          { id: 1, call_id: null },
        ]);
        // The log is append-only from its first row.
        await sql`insert into audit_calls (at, kind, action) values ('2026-01-01T00:00:00Z', 'change', 'x')`.execute(
          db,
        );
        await expect(sql`update audit_calls set action = 'y'`.execute(db)).rejects.toThrow(/append-only/);
        await expect(sql`delete from audit_calls`.execute(db)).rejects.toThrow(/append-only/);
      },
    },
    '0010_archive': {
      before: async (db) => {
        await sql`insert into beneficiaries (id, family_name, given_name, birth_date, sex, status, discharge_date,
          created_at, updated_at)
          values (4, 'Aliyev', 'Jasur', '2010-05-01', 'male', 'discharged', '2019-06-30', '2018-01-01', '2019-06-30')`.execute(
          db,
        );
      },
      after: async (db) => {
        // Nobody is archived by the upgrade: the centre decides; the policy starts at five years.
        expect(
          await db
            .selectFrom('beneficiaries')
            .select(['id', 'status', 'archived_at', 'archived_by'])
            .execute(),
        ).toEqual([{ id: 4, status: 'discharged', archived_at: null, archived_by: null }]);
        expect(
          await db.selectFrom('retention_policy').select(['id', 'years_after_discharge']).execute(),
        ).toEqual([{ id: 1, years_after_discharge: 5 }]);
        // One policy row only, and a sensible number of years.
        await expect(
          sql`insert into retention_policy (id, years_after_discharge, updated_at) values (2, 5, '2026-01-01')`.execute(
            db,
          ),
        ).rejects.toThrow();
        await expect(
          sql`update retention_policy set years_after_discharge = 0`.execute(db),
        ).rejects.toThrow();
      },
    },
  };

async function openMigratedTo(file: string, count: number): Promise<Db> {
  const { db } = openDatabase(file);
  await migrate(db, file, MIGRATIONS.slice(0, count));
  return db;
}

describe('migrations', () => {
  it('every migration has an upgrade test, in order', () => {
    expect(Object.keys(upgradeCases)).toEqual(MIGRATIONS.map(([name]) => name));
  });

  it.each(MIGRATIONS.map(([name], index) => [name, index] as const))(
    'upgrades a database holding data across %s',
    async (name, index) => {
      const file = join(testDir(), 'upgrade.sqlite');
      const db = await openMigratedTo(file, index);
      await upgradeCases[name]!.before(db);
      const result = await migrate(db, file);
      expect(result.version).toBe(MIGRATIONS.length);
      await upgradeCases[name]!.after(db);
      await db.destroy();
    },
  );

  it('does nothing on a database that is already current', async () => {
    const file = join(testDir(), 'current.sqlite');
    const db = await openMigratedTo(file, MIGRATIONS.length);
    expect(await migrate(db, file)).toEqual({ applied: [], version: MIGRATIONS.length });
    await db.destroy();
  });

  it('keeps the data a later migration must carry over, through a synthetic next migration', async () => {
    const file = join(testDir(), 'next.sqlite');
    const db = await openMigratedTo(file, MIGRATIONS.length);
    await db
      .insertInto('centre_settings')
      .values({
        id: 1,
        name: 'Markaz',
        address: '',
        time_zone: 'Asia/Tashkent',
        working_days: '[1]',
        day_start: '08:00',
        day_end: '18:00',
        default_language: 'uz-Latn',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    const next = {
      up: async (k: Kysely<unknown>) => {
        await k.schema.alterTable('centre_settings').addColumn('phone', 'text').execute();
      },
    };
    await migrate(db, file, [...MIGRATIONS, ['9000_test_phone', next]]);
    const row = await sql<{
      name: string;
      phone: string | null;
    }>`select name, phone from centre_settings`.execute(db);
    expect(row.rows).toEqual([{ name: 'Markaz', phone: null }]);
    await db.destroy();
  });

  it('refuses a database written by a newer app, and leaves it untouched', async () => {
    const dataDir = testDir();
    const file = join(dataDir, DATABASE_FILE);
    const db = await openMigratedTo(file, MIGRATIONS.length);
    await sql`insert into ${sql.table(MIGRATION_TABLE)} (name, timestamp) values ('9999_from_the_future', '2030-01-01')`.execute(
      db,
    );
    await db.destroy();

    const error = await createBackend({ dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as DatabaseTooNewError).unknownMigrations).toEqual(['9999_from_the_future']);

    const reopened = openDatabase(file).db;
    expect(await appliedMigrations(reopened)).toEqual([
      ...MIGRATIONS.map(([n]) => n),
      '9999_from_the_future',
    ]);
    await reopened.destroy();
  });

  it('refuses a file that is not a database without overwriting it', async () => {
    const dataDir = testDir();
    const file = join(dataDir, DATABASE_FILE);
    const content = 'these are not the records you are looking for'.repeat(100);
    writeFileSync(file, content);
    // The app opens in its refuse-writes mode and says what it found (test/backend/damaged-files.test.ts).
    const backend = await createBackend({ dataDir });
    const health = await backend.handle('backup.health', {});
    expect(health).toMatchObject({
      ok: true,
      value: { database: { status: 'damaged', problem: 'notADatabase' } },
    });
    await backend.close();
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
