import type { ChannelInput } from '../../../../../shared/contract';
import { localDateTime } from '../../../../../shared/domain/scheduling';

/** The session an event stands for ("session-12" → 12), or null for closures, leave and the rest. */
export function sessionIdOf(eventId: string): number | null {
  const match = /^session-(\d+)$/.exec(eventId);
  return match ? Number(match[1]) : null;
}

/** What dropping into another column changes: the specialist ("staff-3") or the room ("room-4"). */
export function columnChange(resourceId: string | null | undefined): {
  specialistId?: number;
  roomId?: number;
} {
  const match = /^(staff|room)-(\d+)$/.exec(resourceId ?? '');
  if (!match) return {};
  const id = Number(match[2]);
  return match[1] === 'staff' ? { specialistId: id } : { roomId: id };
}

/**
 * The schedule.move input for an event dragged or stretched to `start`–`end`: the centre's wall-clock date,
 * time and length, plus the specialist or room of the column it was dropped into.
 */
export function droppedMove(
  sessionId: number,
  span: { start: Date; end: Date },
  timeZone: string,
  newColumn: string | null | undefined,
): ChannelInput<'schedule.move'> {
  const start = localDateTime(span.start.toISOString(), timeZone);
  return {
    sessionId,
    date: start.date,
    startTime: start.time,
    minutes: Math.round((span.end.getTime() - span.start.getTime()) / 60_000),
    ...columnChange(newColumn),
  };
}
