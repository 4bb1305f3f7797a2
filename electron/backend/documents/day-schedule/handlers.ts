import type { Registry } from '../../registry';
import { renderDocument } from '../pdf';
import { dayScheduleData } from './data';

/** documents.daySchedule: reads the day, then renders it; nothing is written. */
export function registerDaySchedule(registry: Registry): void {
  registry.register('documents.daySchedule', {
    write: false,
    run: async (input, { db, now }) => {
      const data = await dayScheduleData(db, input, now);
      const bytes = await renderDocument('daySchedule', data);
      return {
        fileName: `schedule-${input.date}-${input.arrangement}.pdf`,
        bytes: bytes.toString('base64'),
      };
    },
  });
}
