import { registerMonth } from '../attendance/month';
import type { Registry } from '../registry';
import { registerDaySchedule } from './day-schedule/handlers';
import { renderRegister } from './register/render';
import { registerSummaryDocument } from './summary/handlers';

/** Documents read what their feature's channel reads and render it; nothing here writes. */
export function registerDocuments(registry: Registry): void {
  registry.register('documents.register', {
    write: false,
    run: async ({ language, ...scope }, { db, now }) =>
      renderRegister(db, await registerMonth(db, scope, now), language),
  });
  registerDaySchedule(registry);
  registerSummaryDocument(registry);
}
