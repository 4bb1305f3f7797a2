import { useMemo } from 'react';
import type { Room } from '../../../../shared/domain/rooms';
import { serviceName, type Service } from '../../../../shared/domain/services';
import type { StaffSummary } from '../../../../shared/domain/staff';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';
import { conflictNames } from '../calendar/conflict';
import { loadCalendarRecords, staffName, type CalendarRecords } from '../calendar/filters/calendarRecords';

/** Services, teachers and rooms the groups pages name and choose from: the calendar's own records. */
export function useGroupRecords() {
  return useLoad(loadCalendarRecords);
}

export interface Option {
  value: string;
  label: string;
}

function options<T extends { id: number; active: boolean }>(
  list: readonly T[],
  label: (record: T) => string,
  chosen: number | null,
): Option[] {
  return list
    .filter((record) => record.active || record.id === chosen)
    .map((record) => ({ value: String(record.id), label: label(record) }));
}

/** Select options for the group form; an inactive record is offered only when the group already has it. */
export function useGroupOptions(
  records: CalendarRecords,
  chosen: { serviceId: number | null; teacherId: number | null; roomId: number | null },
) {
  const { language } = useLanguage();
  return useMemo(
    () => ({
      services: options<Service>(records.services, (s) => serviceName(s, language), chosen.serviceId),
      teachers: options<StaffSummary>(records.staff, staffName, chosen.teacherId),
      rooms: options<Room>(records.rooms, (r) => r.name, chosen.roomId),
      names: conflictNames(records, language),
    }),
    [records, language, chosen.serviceId, chosen.teacherId, chosen.roomId],
  );
}

/** The service's name in the person's language, or the dash when it is unknown. */
export function useServiceNamer(records: CalendarRecords | null) {
  const { language } = useLanguage();
  return useMemo(() => {
    const byId = new Map(records?.services.map((s) => [s.id, serviceName(s, language)]) ?? []);
    return (id: number) => byId.get(id) ?? '—';
  }, [records, language]);
}
