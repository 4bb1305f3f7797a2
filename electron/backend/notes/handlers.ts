import { registerProgressReport } from '../documents/progress/handlers';
import type { Registry } from '../registry';
import { missingNotes } from './missing';
import { forSession, lastFor } from './session';
import { listTemplates, saveTemplate } from './templates';
import { amend, saveDraft, sign } from './write';

/** Notes are read only for the people the caller serves (see access.ts); writes run in one transaction. */
export function registerNotes(registry: Registry): void {
  registry.register('notes.forSession', {
    write: false,
    run: (input, ctx) => forSession(input.sessionId, ctx),
  });
  registry.register('notes.saveDraft', { write: true, run: saveDraft });
  registry.register('notes.sign', { write: true, run: sign });
  registry.register('notes.amend', { write: true, run: amend });
  registry.register('notes.lastFor', { write: false, run: lastFor });
  registry.register('notes.templates.list', {
    write: false,
    run: (input, { db }) => listTemplates(db, input.serviceId),
  });
  registry.register('notes.templates.save', { write: true, run: saveTemplate });
  registry.register('notes.missing', { write: false, run: missingNotes });
  // The child's progress report is printed from notes and programmes; it lives with the other documents.
  registerProgressReport(registry);
}
