import type { ParsedInput } from '../../../../shared/contract';
import { foldForSearch } from '../../../../shared/domain/search-fold';
import type { Staff } from '../../../../shared/domain/staff';
import type { Db } from '../../db/connection';
import { AppError } from '../../errors';
import { getStaff } from './read';

type StaffFields = ParsedInput<'staff.create'>;

function toRow(staff: StaffFields) {
  return {
    family_name: staff.familyName,
    given_name: staff.givenName,
    patronymic: staff.patronymic,
    roles: JSON.stringify(staff.roles),
    position: staff.position,
    phone: staff.phone,
    active: staff.active ? 1 : 0,
    // Names folded so that a name typed in either script finds the person; the phone with and without +998.
    search_text: [
      foldForSearch(`${staff.familyName} ${staff.givenName} ${staff.patronymic}`),
      staff.phone ? `${staff.phone.slice(1)} ${staff.phone.slice(4)}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** Every service must exist; an unknown id is a stale screen, told at the field. */
async function refuseUnknownServices(db: Db, serviceIds: readonly number[]): Promise<void> {
  if (serviceIds.length === 0) return;
  const found = await db.selectFrom('services').select('id').where('id', 'in', serviceIds).execute();
  if (found.length !== serviceIds.length) {
    throw new AppError('VALIDATION', 'Unknown service', {
      fields: { serviceIds: { key: 'validation.invalidChoice' } },
    });
  }
}

async function writeLinks(db: Db, id: number, staff: StaffFields): Promise<void> {
  await db.deleteFrom('staff_services').where('staff_id', '=', id).execute();
  await db.deleteFrom('staff_hours').where('staff_id', '=', id).execute();
  if (staff.serviceIds.length > 0) {
    await db
      .insertInto('staff_services')
      .values(staff.serviceIds.map((serviceId) => ({ staff_id: id, service_id: serviceId })))
      .execute();
  }
  if (staff.hours.length > 0) {
    await db
      .insertInto('staff_hours')
      .values(
        staff.hours.map((day) => ({
          staff_id: id,
          weekday: day.weekday,
          start_time: day.start,
          end_time: day.end,
          break_start: day.breakStart,
          break_end: day.breakEnd,
        })),
      )
      .execute();
  }
}

export async function createStaff(db: Db, staff: StaffFields, now: Date): Promise<Staff> {
  await refuseUnknownServices(db, staff.serviceIds);
  const stamp = now.toISOString();
  const inserted = await db
    .insertInto('staff')
    .values({ ...toRow(staff), created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeLinks(db, inserted.id, staff);
  return getStaff(db, inserted.id);
}

export async function updateStaff(db: Db, staff: ParsedInput<'staff.update'>, now: Date): Promise<Staff> {
  await getStaff(db, staff.id);
  await refuseUnknownServices(db, staff.serviceIds);
  await db
    .updateTable('staff')
    .set({ ...toRow(staff), updated_at: now.toISOString() })
    .where('id', '=', staff.id)
    .execute();
  await writeLinks(db, staff.id, staff);
  return getStaff(db, staff.id);
}
