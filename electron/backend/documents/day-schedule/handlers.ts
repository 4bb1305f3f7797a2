import type { Registry } from '../../registry';
import { loadPdf } from '../pdf';
import { dayScheduleData } from './data';
import { build } from './document';

/** documents.daySchedule: reads the day, then renders it; nothing is written. */
export function registerDaySchedule(registry: Registry): void {
  registry.register('documents.daySchedule', {
    write: false,
    run: async (input, { db, now }) => {
      const data = await dayScheduleData(db, input, now);
      const pdf = await loadPdf();
      // In this thread until kinds.ts and renderDocument (the rendering worker) are committed.
      const bytes = await pdf.renderToBuffer(build(pdf, data));
      return {
        fileName: `schedule-${input.date}-${input.arrangement}.pdf`,
        bytes: bytes.toString('base64'),
      };
    },
  });
}
