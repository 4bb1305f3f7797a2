import { addDays } from '../calendar';
import { parseTimeOfDay } from '../settings';

/**
 * The one place where the centre's wall-clock times become instants. Everything else in scheduling works in
 * floating local time ("YYYY-MM-DD" dates, "HH:MM" times), so a rule like "Mondays at 10:00" stays at 10:00
 * whatever the zone's offset does; only storage and overlap checks need instants.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone, as if that reading were UTC (milliseconds). */
function wallClockAt(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The zone's offset from UTC at an instant, in milliseconds (Tashkent: +5 h). */
function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallClockAt(whole, timeZone) - whole;
}

function wallClockMs(date: string, time: string): number {
  const minutes = parseTimeOfDay(time);
  if (minutes === null) throw new RangeError(`Not a time of day: ${time}`);
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return Date.UTC(year, month - 1, day) + minutes * MINUTE;
}

/**
 * The instant (ISO UTC string) at which a zone's clocks read `date` `time`. Where the clocks jump forward and the
 * reading never happens, the result is the reading shifted by the jump (02:30 → 03:30 in Berlin); where they fall
 * back and it happens twice, the earlier one. These are the "compatible" rules of RFC 5545 and Temporal.
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const wall = wallClockMs(date, time);
  // The offsets in force a day either side cover every transition near this reading.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((ms) => offsetAt(ms, timeZone) === wall - ms)
    .sort((a, b) => a - b);
  const chosen = candidates[0] ?? wall - before;
  return new Date(chosen).toISOString();
}

/** The calendar date ("2026-03-21") of an instant in a zone: the centre's day counts, not the computer's. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  return new Date(wallClockAt(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** The zone's wall-clock date and time ("HH:MM") at an instant. */
export function localDateTime(instant: string, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallClockAt(Date.parse(instant), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** An instant moved by whole minutes. */
export function addMinutesToInstant(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * MINUTE).toISOString();
}

/**
 * A wall-clock time plus minutes, on the same or a later day: the local end of a session. Floating arithmetic:
 * a 45-minute session starting at 10:00 ends at 10:45 on the clock.
 */
export function addMinutesToLocal(
  date: string,
  time: string,
  minutes: number,
): { date: string; time: string } {
  const total = (parseTimeOfDay(time) ?? 0) + minutes;
  const days = Math.floor(total / (24 * 60));
  const rest = total - days * 24 * 60;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return { date: addDays(date, days), time: `${hh}:${mm}` };
}
