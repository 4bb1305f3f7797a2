import type { SessionDetails } from '../../../../../shared/contract/schedule';
import type { IsoWeekday } from '../../../../../shared/domain/settings';

/** The series edit form as typed: weekdays as the checkbox values ("1" … "7"). */
export interface SeriesEditValues {
  scope: 'this' | 'following' | 'all';
  startTime: string;
  minutes: number | string;
  weekdays: string[];
  roomId: string | null;
  specialistId: string;
}

/** The form starts from the series (time, length, weekdays) and this session's room and specialist. */
export function seriesEditStart(session: SessionDetails): SeriesEditValues {
  const rule = session.series?.rule;
  return {
    scope: 'all',
    startTime: rule?.startTime ?? session.startTime,
    minutes: rule?.durationMinutes ?? session.minutes,
    weekdays: (rule?.weekdays ?? []).map(String),
    roomId: session.room === null ? null : String(session.room.id),
    specialistId: String(session.specialist.id),
  };
}

/**
 * Only what differs from where the form started goes to schedule.editSeries, so that editing the time leaves
 * alone the sessions moved on their own. Weekdays belong to the series, never to one session. What cannot be
 * read is passed on as typed for the schema to refuse on its field.
 */
export function seriesChanges(values: SeriesEditValues, start: SeriesEditValues): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (values.startTime.trim() !== start.startTime) changes.startTime = values.startTime.trim();
  if (String(values.minutes) !== String(start.minutes))
    changes.minutes = values.minutes === '' ? undefined : Number(values.minutes);
  if (values.scope !== 'this' && !sameDays(values.weekdays, start.weekdays))
    changes.weekdays = values.weekdays.map(Number) as IsoWeekday[];
  if (values.roomId !== start.roomId) changes.roomId = values.roomId === null ? null : Number(values.roomId);
  if (values.specialistId !== start.specialistId) changes.specialistId = Number(values.specialistId);
  return changes;
}

function sameDays(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
