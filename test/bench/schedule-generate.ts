import type { Backend } from '../../electron/backend';
import { addDays, isoWeekdayOf } from '../../shared/domain/calendar';

/** Generated sessions for the scheduling benchmarks, written straight into the tables. */

export const SLOTS_PER_DAY = 8;
const FIRST_DAY = '2022-01-03';
/** Tashkent has no daylight saving: the generator may add a fixed offset instead of asking Intl per session. */
const OFFSET_MS = 5 * 3_600_000;

export function instant(date: string, minutes: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000 - OFFSET_MS).toISOString();
}

function workingDays(years: number): string[] {
  const days: string[] = [];
  const end = `${Number(FIRST_DAY.slice(0, 4)) + years}${FIRST_DAY.slice(4)}`;
  for (let day = FIRST_DAY; day < end; day = addDays(day, 1)) if (isoWeekdayOf(day) <= 5) days.push(day);
  return days;
}

export function addStaff(backend: Backend, name: string): number {
  const stamp = new Date().toISOString();
  const id = Number(
    backend.raw
      .prepare(
        `insert into staff (family_name, given_name, roles, created_at, updated_at) values (?, 'Bench', '["specialist"]', ?, ?)`,
      )
      .run(name, stamp, stamp).lastInsertRowid,
  );
  const hours = backend.raw.prepare(
    `insert into staff_hours (staff_id, weekday, start_time, end_time) values (?, ?, '08:00', '18:00')`,
  );
  for (let weekday = 1; weekday <= 5; weekday++) hours.run(id, weekday);
  return id;
}

export function addRoom(backend: Backend, name: string): number {
  const stamp = new Date().toISOString();
  return Number(
    backend.raw
      .prepare(
        `insert into rooms (name, kind, capacity, created_at, updated_at) values (?, 'therapy', 1, ?, ?)`,
      )
      .run(name, stamp, stamp).lastInsertRowid,
  );
}

/**
 * Sessions of a busy centre written straight into the tables: `years` of working days, and as many specialists
 * (each with a room and eight 45-minute sessions a day) as `total` sessions need over them.
 */
export function generateSessions(
  backend: Backend,
  { total, years }: { total: number; years: number },
  serviceId: number,
  people: number[],
): { days: string[]; specialists: number } {
  const days = workingDays(years);
  const specialists = Math.ceil(total / (days.length * SLOTS_PER_DAY));
  const staff = Array.from({ length: specialists }, (_, i) => addStaff(backend, `Mutaxassis ${i}`));
  const rooms = Array.from({ length: specialists }, (_, i) => addRoom(backend, `Xona ${i}`));
  const session = backend.raw.prepare(
    `insert into sessions (service_id, specialist_id, room_id, date, start_time, minutes, start_at, end_at, status,
       created_at, updated_at) values (?, ?, ?, ?, ?, 45, ?, ?, 'scheduled', ?, ?)`,
  );
  const person = backend.raw.prepare(
    'insert into session_beneficiaries (session_id, beneficiary_id) values (?, ?)',
  );
  const stamp = new Date().toISOString();
  let written = 0;
  backend.raw.transaction(() => {
    for (const day of days)
      for (let s = 0; s < specialists && written < total; s++)
        for (let k = 0; k < SLOTS_PER_DAY && written < total; k++) {
          const minutes = 8 * 60 + k * 60;
          const time = `${String(8 + k).padStart(2, '0')}:00`;
          const id = session.run(
            serviceId,
            staff[s],
            rooms[s],
            day,
            time,
            instant(day, minutes),
            instant(day, minutes + 45),
            stamp,
            stamp,
          ).lastInsertRowid;
          person.run(id, people[(written * 7919) % people.length]);
          written++;
        }
  })();
  return { days, specialists };
}

export interface BareBooking {
  serviceId: number;
  specialistId: number;
  roomId: number;
  beneficiaryId: number;
}

/**
 * The floor of a booking: the one overlap query a booking needs (the specialist's, the room's and the person's
 * sessions around the slot) and the inserts, as bare better-sqlite3 statements. Callers commit it themselves.
 */
export function bareBooker(backend: Backend, who: BareBooking): (day: string, startMinutes: number) => void {
  const overlap = backend.raw.prepare(
    `select id from sessions where start_at >= ? and start_at < ? and end_at > ? and status = 'scheduled'
     and (specialist_id = ? or room_id = ? or id in (select session_id from session_beneficiaries where beneficiary_id = ?))`,
  );
  const insert = backend.raw.prepare(
    `insert into sessions (service_id, specialist_id, room_id, date, start_time, minutes, start_at, end_at, status,
       created_at, updated_at) values (?, ?, ?, ?, ?, 45, ?, ?, 'scheduled', ?, ?)`,
  );
  const insertPerson = backend.raw.prepare(
    'insert into session_beneficiaries (session_id, beneficiary_id) values (?, ?)',
  );
  return (day, startMinutes) => {
    const [start, end] = [instant(day, startMinutes), instant(day, startMinutes + 45)];
    overlap.all(
      instant(day, startMinutes - 720),
      end,
      start,
      who.specialistId,
      who.roomId,
      who.beneficiaryId,
    );
    const { specialistId, roomId } = who;
    const id = insert.run(
      who.serviceId,
      specialistId,
      roomId,
      day,
      '',
      start,
      end,
      start,
      start,
    ).lastInsertRowid;
    insertPerson.run(id, who.beneficiaryId);
  };
}
