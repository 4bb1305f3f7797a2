import type { IsoWeekday } from '../../../../shared/domain/settings';
import { searchTerms } from '../../../../shared/domain/search-fold';
import type {
  Absence,
  AbsenceKind,
  Staff,
  StaffRole,
  StaffSummary,
  WorkingHours,
} from '../../../../shared/domain/staff';
import type { Db } from '../../db/connection';
import type { StaffAbsencesTable, StaffTable } from '../../db/schema';
import { AppError } from '../../errors';

type StaffRow = Omit<StaffTable, 'id'> & { id: number };
type AbsenceRow = Omit<StaffAbsencesTable, 'id'> & { id: number };

export interface StaffFilter {
  query?: string | undefined;
  role?: StaffRole | undefined;
  serviceId?: number | undefined;
  includeInactive?: boolean | undefined;
}

export function toAbsence(row: AbsenceRow): Absence {
  return {
    id: row.id,
    staffId: row.staff_id,
    kind: row.kind as AbsenceKind,
    startDate: row.start_date,
    endDate: row.end_date,
    note: row.note,
  };
}

/** Services and hours of several people in two queries, not two per person. */
async function readLinks(db: Db, ids: number[]) {
  const services = new Map<number, number[]>();
  const hours = new Map<number, WorkingHours[]>();
  if (ids.length === 0) return { services, hours };
  const serviceRows = await db
    .selectFrom('staff_services')
    .select(['staff_id', 'service_id'])
    .where('staff_id', 'in', ids)
    .orderBy('service_id')
    .execute();
  for (const row of serviceRows)
    services.set(row.staff_id, [...(services.get(row.staff_id) ?? []), row.service_id]);
  const hourRows = await db
    .selectFrom('staff_hours')
    .selectAll()
    .where('staff_id', 'in', ids)
    .orderBy('weekday')
    .execute();
  for (const row of hourRows) {
    const day: WorkingHours = {
      weekday: row.weekday as IsoWeekday,
      start: row.start_time,
      end: row.end_time,
      breakStart: row.break_start,
      breakEnd: row.break_end,
    };
    hours.set(row.staff_id, [...(hours.get(row.staff_id) ?? []), day]);
  }
  return { services, hours };
}

function toSummary(row: StaffRow, links: Awaited<ReturnType<typeof readLinks>>): StaffSummary {
  return {
    id: row.id,
    familyName: row.family_name,
    givenName: row.given_name,
    patronymic: row.patronymic,
    roles: JSON.parse(row.roles) as StaffRole[],
    position: row.position,
    phone: row.phone,
    active: row.active === 1,
    serviceIds: links.services.get(row.id) ?? [],
    hours: links.hours.get(row.id) ?? [],
  };
}

/** Staff in name order; every word of the query must match the start of a name, in either script. */
export async function listStaff(db: Db, filter: StaffFilter = {}): Promise<StaffSummary[]> {
  let query = db.selectFrom('staff').selectAll().orderBy('family_name').orderBy('given_name').orderBy('id');
  if (!filter.includeInactive) query = query.where('active', '=', 1);
  for (const term of searchTerms(filter.query ?? '')) {
    query = query.where((eb) =>
      eb.or([eb('search_text', 'like', `${term}%`), eb('search_text', 'like', `% ${term}%`)]),
    );
  }
  // Roles are stored as a JSON array of plain words, so the quoted word matches exactly one role.
  if (filter.role) query = query.where('roles', 'like', `%"${filter.role}"%`);
  if (filter.serviceId !== undefined) {
    const serviceId = filter.serviceId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('staff_services')
          .select('staff_id')
          .whereRef('staff_services.staff_id', '=', 'staff.id')
          .where('staff_services.service_id', '=', serviceId),
      ),
    );
  }
  const rows = await query.execute();
  const links = await readLinks(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toSummary(row, links));
}

export async function listAbsences(db: Db, staffId: number): Promise<Absence[]> {
  const rows = await db
    .selectFrom('staff_absences')
    .selectAll()
    .where('staff_id', '=', staffId)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
  return rows.map(toAbsence);
}

/** Absences of anyone that share a day with [from, to], by start date. */
export async function absencesBetween(db: Db, from: string, to: string): Promise<Absence[]> {
  const rows = await db
    .selectFrom('staff_absences')
    .selectAll()
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
  return rows.map(toAbsence);
}

export async function getStaff(db: Db, id: number): Promise<Staff> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No staff member ${id}`);
  const summary = toSummary(row, await readLinks(db, [id]));
  return {
    ...summary,
    absences: await listAbsences(db, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
