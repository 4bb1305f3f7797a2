import type { IsoWeekday } from '../../../../shared/domain/settings';

/** How long a stretch of time the calendar shows. */
export const PERIODS = ['day', 'week', 'month', 'list'] as const;
export type Period = (typeof PERIODS)[number];

/** Whether the day and week views have one column per specialist or per room, or one for the whole centre. */
export const COLUMN_MODES = ['centre', 'staff', 'rooms'] as const;
export type ColumnMode = (typeof COLUMN_MODES)[number];

/** Only the day and week views split into columns; month and list have no room for them. */
export function hasColumns(period: Period): boolean {
  return period === 'day' || period === 'week';
}

/** FullCalendar's name for the view that shows a period, split by columns or not. */
export function viewName(period: Period, columns: ColumnMode): string {
  if (period === 'month') return 'dayGridMonth';
  if (period === 'list') return 'listWeek';
  const unit = period === 'day' ? 'Day' : 'Week';
  return columns === 'centre' ? `timeGrid${unit}` : `resourceTimeGrid${unit}`;
}

/** FullCalendar counts weekdays from Sunday = 0; ISO from Monday = 1 to Sunday = 7. */
export function fullCalendarWeekday(weekday: IsoWeekday): number {
  return weekday % 7;
}

/** The weekdays the centre does not work, in FullCalendar's numbering: left out of the day and week views. */
export function closedWeekdays(workingDays: readonly IsoWeekday[]): number[] {
  const open = new Set(workingDays.map(fullCalendarWeekday));
  return [0, 1, 2, 3, 4, 5, 6].filter((day) => !open.has(day));
}
