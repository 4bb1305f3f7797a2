import type { Result } from '../../../../../shared/contract';
import type { Room } from '../../../../../shared/domain/rooms';
import type { Service } from '../../../../../shared/domain/services';
import type { StaffSummary } from '../../../../../shared/domain/staff';
import { invoke } from '../../../api';

/** The centre's records the booking dialog chooses from and names clashes with. */
export interface BookingRecords {
  services: Service[];
  staff: StaffSummary[];
  rooms: Room[];
}

/** Inactive records are kept for naming the sessions a booking clashes with; only active ones are offered. */
export async function loadBookingRecords(): Promise<Result<BookingRecords>> {
  const [services, staff, rooms] = await Promise.all([
    invoke('services.list', { includeInactive: true }),
    invoke('staff.list', { includeInactive: true }),
    invoke('rooms.list', { includeInactive: true }),
  ]);
  if (!services.ok) return services;
  if (!staff.ok) return staff;
  if (!rooms.ok) return rooms;
  return { ok: true, value: { services: services.value, staff: staff.value, rooms: rooms.value } };
}

/**
 * The active staff who deliver a service, for the specialist select; before a service is chosen (a column of
 * the calendar chose the specialist first), everyone active who delivers any.
 */
export function specialistsFor(staff: readonly StaffSummary[], serviceId: number | null): StaffSummary[] {
  return staff.filter(
    (person) =>
      person.active &&
      (serviceId === null ? person.serviceIds.length > 0 : person.serviceIds.includes(serviceId)),
  );
}

/** Early intervention is held with the mother: its sessions always ask who accompanies the child. */
export function withMother(service: Pick<Service, 'code'> | undefined): boolean {
  return service?.code === 'early_intervention';
}
