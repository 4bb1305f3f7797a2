import type { Registry } from '../../registry';
import { renderDocument } from '../pdf';
import { summaryDocumentData } from './data';

/** documents.attendanceSummary: attendance.summary's data rendered as a landscape A4 PDF. */
export function registerSummaryDocument(registry: Registry): void {
  registry.register('documents.attendanceSummary', {
    write: false,
    run: async (input, { db, now }) => {
      const data = await summaryDocumentData(db, input, now);
      const bytes = await renderDocument('attendanceSummary', data);
      const scope = input.groupId
        ? `-group-${input.groupId}`
        : input.serviceId
          ? `-service-${input.serviceId}`
          : '';
      return {
        fileName: `attendance-${input.from}-${input.to}${scope}.pdf`,
        bytes: bytes.toString('base64'),
      };
    },
  });
}
