import type { ParsedInput } from '../../../../shared/contract';
import type { ScheduleArrangement } from '../../../../shared/contract/documents';
import type { Language } from '../../../../shared/domain/languages';
import { addMinutesToLocal, localDateTime } from '../../../../shared/domain/scheduling';
import { attendanceDay } from '../../attendance/day';
import type { Db } from '../../db/connection';
import { readSettings } from '../../settings/repository';

/** One session as the reception's printed schedule lists it; names already in the document's language. */
export interface ScheduleEntry {
  startTime: string;
  endTime: string;
  service: string;
  specialist: string;
  room: string | null;
  /** For a group session its name; the people are then counted, not named. */
  group: string | null;
  /** "Family Given Patronymic" of everyone on the session. */
  people: string[];
  /** Of them, those whose absence was announced in advance (a planned absence). */
  announcedAbsent: string[];
  cancelled: boolean;
}

/** Everything the daily schedule prints: plain data, so that it can cross to the renderer's worker. */
export interface DayScheduleData {
  language: Language;
  date: string;
  arrangement: ScheduleArrangement;
  centreName: string;
  /** The centre's local date and time of printing. */
  printed: { date: string; time: string };
  /** By start time. */
  sessions: ScheduleEntry[];
}

const SERVICE_NAME = {
  'uz-Latn': 'name_uz_latn',
  'uz-Cyrl': 'name_uz_cyrl',
  ru: 'name_ru',
  en: 'name_en',
} as const;

/** The day as the Today board reads it (attendance.day), with service names in the document's language. */
export async function dayScheduleData(
  db: Db,
  input: ParsedInput<'documents.daySchedule'>,
  now: Date,
): Promise<DayScheduleData> {
  const settings = await readSettings(db);
  const day = await attendanceDay(db, input.date, now);
  const column = SERVICE_NAME[input.language];
  const services = new Map(
    (await db.selectFrom('services').select(['id', column]).execute()).map((row) => [row.id, row[column]]),
  );
  return {
    language: input.language,
    date: input.date,
    arrangement: input.arrangement,
    centreName: settings.name,
    printed: localDateTime(now.toISOString(), settings.timeZone),
    sessions: day.sessions.map((session) => ({
      startTime: session.startTime,
      endTime: addMinutesToLocal(input.date, session.startTime, session.minutes).time,
      service: services.get(session.serviceId) ?? '',
      specialist: session.specialistName,
      room: session.roomName,
      group: session.groupName,
      people: session.people.map((person) => person.name),
      announcedAbsent: session.people
        .filter((person) => person.mark === null && person.expected?.plannedAbsenceId != null)
        .map((person) => person.name),
      cancelled: session.status === 'cancelled',
    })),
  };
}
