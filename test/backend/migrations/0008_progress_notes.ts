import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase, insertChild, insertSpecialist } from './upgrade-case';

export const upgrade0008: UpgradeCase = {
  before: async (db) => {
    await insertSpecialist(db);
    await insertChild(db);
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
      values (2, 1, 0, 'Ikki soʻzli gap tuzadi', 'communication', '2026-03-01', '2026-03-01')`.execute(db);
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
    await expect(sql`update progress_notes set observations = 'x' where id = 7`.execute(db)).rejects.toThrow(
      /never edited/,
    );
    await expect(sql`delete from progress_notes where id = 7`.execute(db)).rejects.toThrow(/never deleted/);
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
};
