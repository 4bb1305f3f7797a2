import { localDateTime } from '../../../../../shared/domain/scheduling';
import type { BookingPrefill } from './bookingForm';

/** What FullCalendar hands over when time is selected; in the column views, with the column's resource. */
export interface Selection {
  start: Date;
  end: Date;
  allDay: boolean;
  resource?: { id: string } | undefined;
  view: { calendar: { unselect(): void } };
}

const COLUMN = /^(staff|room)-(\d+)$/;

/**
 * The booking a selection stands for, in the centre's wall-clock time: its date, and for a range of hours its
 * start and length; a specialist's or a room's column fills that in too (column ids from resources.ts).
 */
export function prefillFromSelection(selection: Selection, timeZone: string): BookingPrefill {
  const start = localDateTime(selection.start.toISOString(), timeZone);
  const prefill: BookingPrefill = { date: start.date };
  if (!selection.allDay) {
    prefill.startTime = start.time;
    prefill.minutes = Math.round((selection.end.getTime() - selection.start.getTime()) / 60_000);
  }
  const column = COLUMN.exec(selection.resource?.id ?? '');
  if (column?.[1] === 'staff') prefill.specialistId = Number(column[2]);
  if (column?.[1] === 'room') prefill.roomId = Number(column[2]);
  return prefill;
}
