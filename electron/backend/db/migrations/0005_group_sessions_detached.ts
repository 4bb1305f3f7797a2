import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
// A group session moved or cancelled on its own (or by a decision on a closure) is marked, so that rewriting
// the group's timetable leaves it where it was put; nothing else tells it apart once the timetable has changed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sessions add column group_detached integer not null default 0`.execute(db);
}
