import type { Language } from '../../../../../shared/domain/languages';
import { localDateTime, type Clash, type ClashWith } from '../../../../../shared/domain/scheduling';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import type { Message } from '../../../lib/message';
import type { ConflictNames } from './names';

/** What a clash says, as a catalogue message (schedule.clashes.<kind>) with its dates in the person's words. */
export function clashMessage(clash: Clash, language: Language): Message {
  const key = `schedule.clashes.${clash.kind}`;
  switch (clash.kind) {
    case 'room_over_capacity':
      return { key, params: { capacity: clash.capacity, needed: clash.needed } };
    case 'closed_day':
    case 'on_leave':
      return { key, params: { date: formatCalendarDate(clash.date, language, 'long') } };
    case 'outside_working_hours':
      return { key, params: { startTime: clash.startTime, endTime: clash.endTime } };
    case 'outside_age_band':
      return { key, params: { ageMonths: clash.ageMonths } };
    default:
      return { key };
  }
}

/** The booked sessions a clash is with: one for a person busy elsewhere, all of them for a full room. */
export function sessionsClashedWith(clash: Clash): ClashWith[] {
  if (clash.kind === 'room_over_capacity') return clash.with;
  if (clash.kind === 'specialist_busy' || clash.kind === 'beneficiary_busy' || clash.kind === 'mother_busy')
    return [clash.with];
  return [];
}

/** "With: Speech therapy, Monday, 16 March 2026 10:00–10:45, Karimova Dilnoza, room 3" as a message. */
export function clashedWithMessage(
  session: ClashWith,
  names: ConflictNames,
  timeZone: string,
  language: Language,
): { main: Message; room: Message | null } {
  const start = localDateTime(session.start, timeZone);
  const end = localDateTime(session.end, timeZone);
  const when = `${formatCalendarDate(start.date, language, 'full')}, ${start.time}–${end.time}`;
  const service = names.service(session.serviceId);
  const room = names.room(session.roomId);
  return {
    main: {
      key: 'booking.conflict.withSession',
      params: {
        service: service ?? '—',
        when,
        specialist: names.specialist(session.specialistId) ?? '—',
      },
    },
    room: room === null ? null : { key: 'booking.conflict.withRoom', params: { room } },
  };
}
