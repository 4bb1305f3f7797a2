import type { Result } from '../../../../shared/contract';
import type { RenderedDocument } from '../../../../shared/contract/documents';
import { invoke } from '../../api';
import type { ReportCall } from './reportForm';

/** Asks the backend for the chosen document's PDF. */
export function renderReport(call: ReportCall): Promise<Result<RenderedDocument>> {
  switch (call.channel) {
    case 'documents.register':
      return invoke(call.channel, call.input);
    case 'documents.daySchedule':
      return invoke(call.channel, call.input);
    case 'documents.attendanceSummary':
      return invoke(call.channel, call.input);
  }
}
