import type { ParsedInput } from '../../../../shared/contract';
import type { AttendanceSummary } from '../../../../shared/contract/attendance-summary';
import type { Language } from '../../../../shared/domain/languages';
import { localDateTime } from '../../../../shared/domain/scheduling';
import { attendanceSummary } from '../../attendance/summary';
import type { Db } from '../../db/connection';
import { readSettings } from '../../settings/repository';

/** What the summary PDF prints: attendance.summary's data, the language and when it was printed. */
export interface SummaryDocumentData {
  language: Language;
  summary: AttendanceSummary;
  /** The centre's local date and time of printing. */
  printed: { date: string; time: string };
}

export async function summaryDocumentData(
  db: Db,
  { language, ...input }: ParsedInput<'documents.attendanceSummary'>,
  now: Date,
): Promise<SummaryDocumentData> {
  const { timeZone } = await readSettings(db);
  return {
    language,
    summary: await attendanceSummary(db, input, now),
    printed: localDateTime(now.toISOString(), timeZone),
  };
}
