import type { EventInput } from '@fullcalendar/react';
import type { TFunction } from 'i18next';
import type { Result } from '../../../../shared/contract';
import { addDays } from '../../../../shared/domain/calendar';
import type { Closure } from '../../../../shared/domain/closures';
import { invoke } from '../../api';
import { closureName } from '../places/format';

/** The days the calendar shows, inclusive, as calendar dates in the centre's time zone. */
export interface VisibleDays {
  from: string;
  to: string;
}

/**
 * Everything the calendar draws for the days it shows. This is the one place where the calendar's content is
 * gathered: sessions and group meetings join the closures here, each from its own channel, for the same days.
 */
export type CalendarEventsSource = (days: VisibleDays, t: TFunction) => Promise<Result<EventInput[]>>;

export const loadCalendarEvents: CalendarEventsSource = async (days, t) => {
  const closures = await invoke('closures.list', days);
  if (!closures.ok) return closures;
  return { ok: true, value: closures.value.map((closure) => closureEvent(closure, t)) };
};

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
