import {
  applyExceptions,
  blankException,
  expandSeries,
  type OccurrenceException,
  type SeriesPlan,
  type SeriesRule,
} from '../../shared/domain/scheduling';

/** Shared setting of the series tests: speech therapy Mon/Wed 10:00, 24 sessions from Monday 1 September 2025. */

export const speech: SeriesRule = {
  startDate: '2025-09-01',
  startTime: '10:00',
  durationMinutes: 45,
  weekdays: [1, 3],
  intervalWeeks: 1,
  end: { kind: 'count', count: 24 },
};

export const cancel = (originalDate: string): OccurrenceException => ({
  ...blankException(originalDate),
  cancelled: { reason: 'family', note: 'wedding' },
});
export const move = (
  originalDate: string,
  date: string,
  startTime: string,
  durationMinutes = 45,
): OccurrenceException => ({
  ...blankException(originalDate),
  moved: { date, startTime, durationMinutes },
});
export const room = (originalDate: string, roomId: number): OccurrenceException => ({
  ...blankException(originalDate),
  changes: { roomId },
});

export const slots = (plan: SeriesPlan) =>
  applyExceptions(expandSeries(plan.rule), plan.exceptions).map(
    (o) =>
      `${o.originalDate}>${o.date} ${o.startTime} ${o.durationMinutes}${o.status === 'cancelled' ? ' x' : ''}`,
  );
