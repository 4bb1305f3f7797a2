import type { Registry } from '../registry';
import { book, checkBooking } from './book';
import { cancel, editSeries, move } from './changes';
import { sessionsInRange } from './range';
import { sessionDetails } from './session-detail';

/** Every check-then-write runs in the registry's immediate transaction: two windows never both win a slot. */
export function registerSchedule(registry: Registry): void {
  registry.register('schedule.range', { write: false, run: (input, { db }) => sessionsInRange(db, input) });
  registry.register('schedule.session', {
    write: false,
    run: (input, { db, now }) => sessionDetails(db, input.id, now),
  });
  registry.register('schedule.check', { write: false, run: (input, { db }) => checkBooking(db, input) });
  registry.register('schedule.book', { write: true, run: book });
  registry.register('schedule.move', { write: true, run: move });
  registry.register('schedule.cancel', { write: true, run: cancel });
  registry.register('schedule.editSeries', { write: true, run: editSeries });
}
