import type { EventInput } from '@fullcalendar/react';
import type { TFunction } from 'i18next';
import type { Result } from '../../../../shared/contract';
import { addDays } from '../../../../shared/domain/calendar';
import type { Closure } from '../../../../shared/domain/closures';
import type { Absence } from '../../../../shared/domain/staff';
import { invoke } from '../../api';
import { closureName } from '../places/format';
import { staffResourceId } from './resources';

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
  shown: { staffColumns: boolean },
) => Promise<Result<EventInput[]>>;

export const loadCalendarEvents: CalendarEventsSource = async (days, t, shown) => {
  const closures = await invoke('closures.list', days);
  if (!closures.ok) return closures;
  const events = closures.value.map((closure) => closureEvent(closure, t));
  // An absence belongs to one person's column; without columns it would shade the whole centre's day.
  if (!shown.staffColumns) return { ok: true, value: events };
  const absences = await invoke('staff.absences.range', days);
  if (!absences.ok) return absences;
  return { ok: true, value: [...events, ...absences.value.map((absence) => absenceEvent(absence, t))] };
};

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
