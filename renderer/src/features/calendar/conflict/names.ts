import type { Language } from '../../../../../shared/domain/languages';
import type { Room } from '../../../../../shared/domain/rooms';
import { serviceName, type Service } from '../../../../../shared/domain/services';
import type { StaffSummary } from '../../../../../shared/domain/staff';

/**
 * How a clash names the session it is with: the records the calendar has already loaded, looked up by id.
 * Unknown ids give null, and the text falls back to a neutral word rather than a number.
 */
export interface ConflictNames {
  service(id: number): string | null;
  specialist(id: number): string | null;
  room(id: number | null): string | null;
}

export function conflictNames(
  records: { services: readonly Service[]; staff: readonly StaffSummary[]; rooms: readonly Room[] },
  language: Language,
): ConflictNames {
  const services = new Map(records.services.map((s) => [s.id, serviceName(s, language)]));
  const staff = new Map(records.staff.map((s) => [s.id, `${s.familyName} ${s.givenName}`]));
  const rooms = new Map(records.rooms.map((r) => [r.id, r.name]));
  return {
    service: (id) => services.get(id) ?? null,
    specialist: (id) => staff.get(id) ?? null,
    room: (id) => (id === null ? null : (rooms.get(id) ?? null)),
  };
}
