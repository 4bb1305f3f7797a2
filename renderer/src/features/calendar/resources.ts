import type { ResourceInput } from '@fullcalendar/react-scheduler';
import type { BusinessHoursInput } from '@fullcalendar/react';
import type { Result } from '../../../../shared/contract';
import type { WorkingHours, StaffSummary } from '../../../../shared/domain/staff';
import { invoke } from '../../api';
import { fullCalendarWeekday } from './views';

export interface CalendarResources {
  staff: ResourceInput[];
  rooms: ResourceInput[];
}

/** The columns of the split views: active specialists and teachers (the people who take sessions), rooms in use. */
export async function loadCalendarResources(): Promise<Result<CalendarResources>> {
  const [specialists, teachers, rooms] = await Promise.all([
    invoke('staff.list', { role: 'specialist' }),
    invoke('staff.list', { role: 'teacher' }),
    invoke('rooms.list', {}),
  ]);
  if (!specialists.ok) return specialists;
  if (!teachers.ok) return teachers;
  if (!rooms.ok) return rooms;
  const people = new Map<number, StaffSummary>();
  for (const person of [...specialists.value, ...teachers.value])
    if (person.active) people.set(person.id, person);
  const byName = [...people.values()].sort((a, b) => staffColumnName(a).localeCompare(staffColumnName(b)));
  return {
    ok: true,
    value: {
      staff: byName.map((person, order) => ({
        id: staffResourceId(person.id),
        title: staffColumnName(person),
        order,
        // Without hours entered nothing is known, so nothing is shaded.
        ...(person.hours.length > 0 && { businessHours: hoursAsBusinessHours(person.hours) }),
      })),
      rooms: rooms.value
        .filter((room) => room.active)
        .map((room, order) => ({ id: roomResourceId(room.id), title: room.name, order })),
    },
  };
}

/** A column is narrow: family name and given name, without the patronymic. */
export function staffColumnName(person: Pick<StaffSummary, 'familyName' | 'givenName'>): string {
  return `${person.familyName} ${person.givenName}`;
}

/** A person's week as FullCalendar's business hours: the time outside them is shaded in their column. */
export function hoursAsBusinessHours(hours: readonly WorkingHours[]): BusinessHoursInput {
  return hours.flatMap((day) => {
    const daysOfWeek = [fullCalendarWeekday(day.weekday)];
    if (day.breakStart === null || day.breakEnd === null)
      return [{ daysOfWeek, startTime: day.start, endTime: day.end }];
    return [
      { daysOfWeek, startTime: day.start, endTime: day.breakStart },
      { daysOfWeek, startTime: day.breakEnd, endTime: day.end },
    ];
  });
}

/** The column id of a staff member in the per-specialist views. */
export function staffResourceId(staffId: number): string {
  return `staff-${staffId}`;
}

/** The column id of a room in the per-room views. */
export function roomResourceId(roomId: number): string {
  return `room-${roomId}`;
}
