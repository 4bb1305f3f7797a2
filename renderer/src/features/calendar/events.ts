import type { EventInput } from '@fullcalendar/react';
import type { TFunction } from 'i18next';
import type { Result } from '../../../../shared/contract';
import { addDays } from '../../../../shared/domain/calendar';
import type { Closure } from '../../../../shared/domain/closures';
import type { Language } from '../../../../shared/domain/languages';
import type { CalendarSession } from '../../../../shared/contract/schedule';
import { serviceName, type Service } from '../../../../shared/domain/services';
import type { Absence } from '../../../../shared/domain/staff';
import { invoke } from '../../api';
import { closureName } from '../places/format';
import { NO_FILTERS, rangeFilters, type CalendarFilters } from './filters/calendarFilters';
import { roomResourceId, staffResourceId } from './resources';

/** The days the calendar shows, inclusive, as calendar dates in the centre's time zone. */
export interface VisibleDays {
  from: string;
  to: string;
}

/**
 * Everything the calendar draws for the days it shows. This is the one place where the calendar's content is
 * gathered: sessions and group meetings join the closures here, each from its own channel, for the same days.
 */
export type CalendarEventsSource = (
  days: VisibleDays,
  t: TFunction,
  shown: { staffColumns: boolean; language: Language },
  filters?: CalendarFilters,
) => Promise<Result<EventInput[]>>;

export const loadCalendarEvents: CalendarEventsSource = async (days, t, shown, filters = NO_FILTERS) => {
  const [closures, sessions, services] = await Promise.all([
    invoke('closures.list', days),
    invoke('schedule.range', { ...days, ...rangeFilters(filters) }),
    invoke('services.list', { includeInactive: true }),
  ]);
  if (!closures.ok) return closures;
  if (!sessions.ok) return sessions;
  if (!services.ok) return services;
  const byId = new Map(services.value.map((service) => [service.id, service]));
  const events = [
    ...closures.value.map((closure) => closureEvent(closure, t)),
    // Cancelled sessions come only when asked for ("Show cancelled").
    ...sessions.value.map((session) => sessionEvent(session, byId.get(session.serviceId), shown.language)),
  ];
  // An absence belongs to one person's column; without columns it would shade the whole centre's day.
  if (!shown.staffColumns) return { ok: true, value: events };
  const absences = await invoke('staff.absences.range', days);
  if (!absences.ok) return absences;
  return { ok: true, value: [...events, ...absences.value.map((absence) => absenceEvent(absence, t))] };
};

/** What a session carries for its content and, later, its details. */
export interface SessionProps {
  kind: 'session';
  service: string;
  specialist: string;
  room: string | null;
  status: CalendarSession['status'];
  cancelReason: CalendarSession['cancelReason'];
}

/** A booked session, in its specialist's column and its room's, in the colour of its service. */
export function sessionEvent(
  session: CalendarSession,
  service: Service | undefined,
  language: Language,
): EventInput {
  const extendedProps: SessionProps = {
    kind: 'session',
    service: service ? serviceName(service, language) : '',
    specialist: session.specialistName,
    room: session.roomName,
    status: session.status,
    cancelReason: session.cancelReason,
  };
  const cancelled = session.status === 'cancelled';
  return {
    id: `session-${session.id}`,
    title: session.beneficiaries.map((person) => person.name).join(', '),
    start: session.start,
    end: session.end,
    resourceIds: [
      staffResourceId(session.specialistId),
      ...(session.roomId === null ? [] : [roomResourceId(session.roomId)]),
    ],
    // Cancelled: pale grey with dark text instead of the service's colour, so it reads as "not happening".
    ...(cancelled
      ? { color: 'var(--mantine-color-gray-2)', contrastColor: 'var(--mantine-color-gray-9)' }
      : service && { color: service.colour }),
    className: cancelled ? 'imkon-session imkon-session-cancelled' : 'imkon-session',
    // A cancelled session stays where it was: it is shown, not moved.
    editable: !cancelled,
    extendedProps,
  };
}

/** A specialist's leave or absence, behind that person's column only. */
export function absenceEvent(absence: Absence, t: TFunction): EventInput {
  return {
    id: `absence-${absence.id}`,
    title: t(`places.absenceKinds.${absence.kind}`),
    start: absence.startDate,
    end: addDays(absence.endDate, 1),
    allDay: true,
    display: 'background',
    resourceId: staffResourceId(absence.staffId),
    className: 'imkon-absence',
    extendedProps: { kind: absence.kind },
  };
}

/** A closed day is drawn behind everything else, across every column, with its name. */
export function closureEvent(closure: Closure, t: TFunction): EventInput {
  return {
    id: `closure-${closure.id}`,
    title: closureName(closure, t),
    start: closure.startDate,
    // FullCalendar's all-day end is the first day after.
    end: addDays(closure.endDate, 1),
    allDay: true,
    display: 'background',
    className: 'imkon-closure',
    extendedProps: { kind: closure.kind },
  };
}
