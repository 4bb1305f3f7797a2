import type { ScheduleArrangement } from '../../../../shared/contract/documents';
import type { ScheduleEntry } from './data';

/** A run of sessions under one heading: a room, a specialist, or (by time) the whole day under none. */
export interface ScheduleSection {
  /** The room or specialist; null for the day by time, and for sessions without a room. */
  heading: string | null;
  entries: ScheduleEntry[];
}

/**
 * Splits the day (already by start time) into the arrangement's sections, each keeping that order. Rooms and
 * specialists come alphabetically in the document's language; sessions without a room come last.
 */
export function scheduleSections(
  entries: readonly ScheduleEntry[],
  arrangement: ScheduleArrangement,
  locale: string,
): ScheduleSection[] {
  if (arrangement === 'time') return [{ heading: null, entries: [...entries] }];
  const key = (entry: ScheduleEntry) => (arrangement === 'room' ? entry.room : entry.specialist);
  const sections = new Map<string | null, ScheduleEntry[]>();
  for (const entry of entries) {
    const list = sections.get(key(entry)) ?? [];
    list.push(entry);
    sections.set(key(entry), list);
  }
  return [...sections.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, locale)))
    .map(([heading, list]) => ({ heading, entries: list }));
}
