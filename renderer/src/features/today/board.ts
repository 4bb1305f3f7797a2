import type { DayPerson, DaySession, MarkView } from '../../../../shared/contract/attendance';
import { ABSENT_MARKS, isAttended, type Mark } from '../../../../shared/domain/attendance';
import { foldForSearch, searchTerms } from '../../../../shared/domain/search-fold';

/** Pure rules of the Today board: what a person's status is, the day's counts, the search. */

/** What the board shows for a person: the recorded mark, else what a planned absence or a cancellation implies. */
export function shownMark(person: DayPerson): Mark | null {
  return person.mark?.mark ?? person.expected?.mark ?? null;
}

export interface DayCounts {
  expected: number;
  arrived: number;
  absent: number;
}

/**
 * Expected: everyone on a session that is not cancelled. Arrived: those marked present or late. Absent: those
 * marked (or pre-filled) absent, excused or not.
 */
export function dayCounts(sessions: readonly DaySession[]): DayCounts {
  const counts: DayCounts = { expected: 0, arrived: 0, absent: 0 };
  for (const session of sessions) {
    if (session.status === 'cancelled') continue;
    for (const person of session.people) {
      counts.expected += 1;
      const mark = shownMark(person);
      if (mark && isAttended(mark)) counts.arrived += 1;
      else if (mark && ABSENT_MARKS.includes(mark)) counts.absent += 1;
    }
  }
  return counts;
}

/** Whether a name matches every word of the query, in whichever script either is written. */
export function nameMatches(name: string, query: string): boolean {
  const folded = foldForSearch(name);
  return searchTerms(query).every((term) => folded.includes(term));
}

/**
 * The sessions with only the people matching the query; sessions left without anyone drop out. An empty query
 * keeps the day as it is.
 */
export function filterSessions(sessions: readonly DaySession[], query: string): DaySession[] {
  if (searchTerms(query).length === 0) return [...sessions];
  return sessions
    .map((session) => ({ ...session, people: session.people.filter((p) => nameMatches(p.name, query)) }))
    .filter((session) => session.people.length > 0);
}

export interface PersonAt {
  sessionId: number;
  person: DayPerson;
}

/** The one person on a held session the query finds, or null when it finds nobody or more than one. */
export function singleMatch(sessions: readonly DaySession[], query: string): PersonAt | null {
  const found = filterSessions(sessions, query)
    .filter((session) => session.status !== 'cancelled')
    .flatMap((session) => session.people.map((person) => ({ sessionId: session.sessionId, person })));
  const [only] = found;
  return found.length === 1 && only ? only : null;
}

/** The day with one person's mark replaced: the answer of attendance.mark, without loading the day again. */
export function withMark(
  sessions: readonly DaySession[],
  sessionId: number,
  beneficiaryId: number,
  mark: MarkView,
): DaySession[] {
  return sessions.map((session) =>
    session.sessionId !== sessionId
      ? session
      : {
          ...session,
          people: session.people.map((person) =>
            person.beneficiaryId === beneficiaryId ? { ...person, mark } : person,
          ),
        },
  );
}

/** "HH:MM" now in the centre's zone: when a day-care child is collected. */
export function timeOfDayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}

/** "10:00–10:45" */
export function sessionTimes(startTime: string, minutes: number): string {
  const [hours, mins] = startTime.split(':').map(Number) as [number, number];
  const end = hours * 60 + mins + minutes;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${startTime}–${pad(Math.floor(end / 60) % 24)}:${pad(end % 60)}`;
}
