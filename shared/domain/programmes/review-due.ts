import { addDays, daysInRange } from '../calendar';
import type { ProgrammeStatus } from './types';

/** A programme is due for review when it is in force and its review date is today or has passed. */
export function isDueForReview(
  programme: { status: ProgrammeStatus; reviewDate: string },
  today: string,
): boolean {
  return programme.status === 'active' && programme.reviewDate <= today;
}

/** Days from today to the review date: 0 on the day, negative once it has passed. */
export function daysUntilReview(reviewDate: string, today: string): number {
  return daysInRange(today, reviewDate) - 1;
}

/** Whether a review date falls inside the programme's period, as the period's rule demands. */
export function isPeriodValid(period: { startDate: string; reviewDate: string; endDate: string }): boolean {
  return (
    period.startDate < period.endDate &&
    period.startDate <= period.reviewDate &&
    period.reviewDate <= period.endDate
  );
}

/**
 * The next period after a review: it starts the day after the old one ends (or on the review day, when the
 * review comes later than the end) and lasts as long, with the review at the same distance from the start.
 */
export function nextPeriod(
  period: { startDate: string; reviewDate: string; endDate: string },
  reviewedOn: string,
): { startDate: string; reviewDate: string; endDate: string } {
  const dayAfterEnd = addDays(period.endDate, 1);
  const startDate = reviewedOn > dayAfterEnd ? reviewedOn : dayAfterEnd;
  const length = daysInRange(period.startDate, period.endDate) - 1;
  const toReview = daysInRange(period.startDate, period.reviewDate) - 1;
  return { startDate, reviewDate: addDays(startDate, toReview), endDate: addDays(startDate, length) };
}
