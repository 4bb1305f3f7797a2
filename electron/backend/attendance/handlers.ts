import type { Registry } from '../registry';
import { openCredits } from './credits';
import { attendanceDay } from './day';
import { mark, rollCall } from './mark';
import { markChanges, readMark } from './mark-store';
import { registerMonth } from './month';
import { addPlanned, listPlanned, removePlanned } from './planned';

/** Marks are written inside the registry's immediate transaction, with their corrections and credits. */
export function registerAttendance(registry: Registry): void {
  registry.register('attendance.day', {
    write: false,
    run: (input, { db, now }) => attendanceDay(db, input.date, now),
  });
  registry.register('attendance.mark', { write: true, run: mark });
  registry.register('attendance.rollCall', { write: true, run: rollCall });
  registry.register('attendance.history', {
    write: false,
    run: async (input, { db }) => ({
      current: await readMark(db, input.sessionId, input.beneficiaryId),
      changes: await markChanges(db, input.sessionId, input.beneficiaryId),
    }),
  });
  registry.register('attendance.plannedAbsences.list', {
    write: false,
    run: (input, { db }) => listPlanned(db, input),
  });
  registry.register('attendance.plannedAbsences.add', { write: true, run: addPlanned });
  registry.register('attendance.plannedAbsences.remove', { write: true, run: removePlanned });
  registry.register('attendance.credits', {
    write: false,
    run: (input, { db }) => openCredits(db, input.beneficiaryId),
  });
  registry.register('attendance.month', {
    write: false,
    run: (input, { db, now }) => registerMonth(db, input, now),
  });
}
