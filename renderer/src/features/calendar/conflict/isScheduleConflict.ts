import type { AppErrorData } from '../../../../../shared/contract';
import type { ScheduleConflict } from '../../../../../shared/contract/schedule';

/** The details of a CONFLICT answer from schedule.book, move or editSeries, or null for any other error. */
export function isScheduleConflict(error: AppErrorData): ScheduleConflict | null {
  if (error.code !== 'CONFLICT' || !error.details) return null;
  const details = error.details as Partial<ScheduleConflict>;
  if (!Array.isArray(details.clashes) || !Array.isArray(details.needsDecision)) return null;
  return {
    clashes: details.clashes,
    needsOverride: details.needsOverride === true,
    needsDecision: details.needsDecision,
  };
}
