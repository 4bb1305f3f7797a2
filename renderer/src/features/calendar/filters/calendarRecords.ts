import { useMemo } from 'react';
import type { Result } from '../../../../../shared/contract';
import type { Language } from '../../../../../shared/domain/languages';
import type { Room } from '../../../../../shared/domain/rooms';
import { serviceName, type Service } from '../../../../../shared/domain/services';
import type { StaffSummary } from '../../../../../shared/domain/staff';
import { invoke } from '../../../api';
import { useLoad } from '../../../lib/useLoad';

/** The services, people who take sessions and rooms that the filters and the session dialogs choose from. */
export interface CalendarRecords {
  services: Service[];
  staff: StaffSummary[];
  rooms: Room[];
}

/** Inactive records too: a filter or a past session may name one that is no longer in use. */
export async function loadCalendarRecords(): Promise<Result<CalendarRecords>> {
  const [services, specialists, teachers, rooms] = await Promise.all([
    invoke('services.list', { includeInactive: true }),
    invoke('staff.list', { role: 'specialist' }),
    invoke('staff.list', { role: 'teacher' }),
    invoke('rooms.list', { includeInactive: true }),
  ]);
  if (!services.ok) return services;
  if (!specialists.ok) return specialists;
  if (!teachers.ok) return teachers;
  if (!rooms.ok) return rooms;
  const staff = new Map<number, StaffSummary>();
  for (const person of [...specialists.value, ...teachers.value]) staff.set(person.id, person);
  return {
    ok: true,
    value: {
      services: services.value,
      staff: [...staff.values()].sort((a, b) => staffName(a).localeCompare(staffName(b))),
      rooms: [...rooms.value].sort((a, b) => a.name.localeCompare(b.name)),
    },
  };
}

/** The records once loaded, or null while loading or when they could not be read (the calendar still works). */
export function useCalendarRecords(): CalendarRecords | null {
  const { state } = useLoad(loadCalendarRecords);
  return state.status === 'ready' ? state.value : null;
}

export function staffName(person: Pick<StaffSummary, 'familyName' | 'givenName'>): string {
  return `${person.familyName} ${person.givenName}`;
}

export interface Option {
  value: string;
  label: string;
}

/** Select options, active records first; an inactive one is offered only when it is already chosen. */
export function useRecordOptions(records: CalendarRecords | null, language: Language) {
  return useMemo(() => {
    const keep =
      <T extends { id: number; active: boolean }>(list: readonly T[], label: (r: T) => string) =>
      (chosen: number | null): Option[] =>
        list
          .filter((record) => record.active || record.id === chosen)
          .map((record) => ({ value: String(record.id), label: label(record) }));
    return {
      services: keep(records?.services ?? [], (s) => serviceName(s, language)),
      staff: keep(records?.staff ?? [], staffName),
      rooms: keep(records?.rooms ?? [], (r) => r.name),
    };
  }, [records, language]);
}
