import type { AttendanceDay, DayPerson } from '../../../shared/contract/attendance';
import { expectedMark, markOfCancellation, type ExpectedMark } from '../../../shared/domain/attendance';
import { calendarDateIn, type CancelReason } from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { readSettings } from '../settings/repository';
import { marksOfSessions } from './mark-store';
import { plannedInRange } from './planned';
import { peopleOfSessions, sessionsBetween, type SessionRead } from './sessions-read';

/** What an unmarked person is expected to get: the session's cancellation first, then a planned absence. */
export function expectedFor(
  session: Pick<SessionRead, 'status' | 'cancel_reason' | 'cancel_note' | 'date'>,
  beneficiaryId: number,
  planned: Parameters<typeof expectedMark>[0],
): ExpectedMark | null {
  if (session.status === 'cancelled')
    return {
      mark: markOfCancellation(session.cancel_reason as CancelReason | null),
      reason: session.cancel_note,
      plannedAbsenceId: null,
    };
  return expectedMark(planned, beneficiaryId, session.date);
}

/** The Today board: every session of the date by start, with who is expected and how they are marked. */
export async function attendanceDay(db: Db, date: string, now: Date): Promise<AttendanceDay> {
  const { timeZone } = await readSettings(db);
  const sessions = await sessionsBetween(db, date, date, timeZone);
  const ids = sessions.map((s) => s.id);
  const [people, marks, planned] = [
    await peopleOfSessions(db, ids),
    await marksOfSessions(db, ids),
    await plannedInRange(db, date, date),
  ];
  const bySession = new Map<number, DayPerson[]>();
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  for (const person of people) {
    const session = sessionById.get(person.sessionId);
    if (!session) continue;
    const list = bySession.get(person.sessionId) ?? [];
    list.push({
      beneficiaryId: person.beneficiaryId,
      name: person.name,
      mark: marks.get(`${person.sessionId}|${person.beneficiaryId}`) ?? null,
      expected: expectedFor(session, person.beneficiaryId, planned),
    });
    bySession.set(person.sessionId, list);
  }
  return {
    date,
    today: calendarDateIn(now, timeZone),
    sessions: sessions.map((s) => ({
      sessionId: s.id,
      startTime: s.start_time,
      minutes: s.minutes,
      serviceId: s.service_id,
      dayCare: s.service_code === 'day_care',
      groupId: s.group_id,
      groupName: s.group_name,
      specialistId: s.specialist_id,
      specialistName: `${s.specialist_family_name} ${s.specialist_given_name.slice(0, 1)}.`,
      roomName: s.room_name,
      status: s.status === 'cancelled' ? 'cancelled' : 'scheduled',
      cancelReason: s.cancel_reason as CancelReason | null,
      people: bySession.get(s.id) ?? [],
    })),
  };
}
