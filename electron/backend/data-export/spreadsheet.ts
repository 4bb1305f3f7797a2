import type { ExportedFile, SpreadsheetExport } from '../../../shared/contract/data-export';
import type { Db } from '../db/connection';
import { documentT } from '../documents/translate';
import { beneficiariesSheet } from './sheet-people';
import { attendanceSheet, sessionsSheet } from './sheet-sessions';
import { sheetFile } from './sheet-file';

const SHEETS = {
  beneficiaries: beneficiariesSheet,
  sessions: sessionsSheet,
  attendance: attendanceSheet,
};

const STEMS = { beneficiaries: 'people', sessions: 'sessions', attendance: 'attendance' } as const;

/** One dataset of the period as a spreadsheet, written in the language asked for. */
export async function exportSpreadsheet(db: Db, input: SpreadsheetExport): Promise<ExportedFile> {
  const t = documentT(input.language);
  const sheet = await SHEETS[input.dataset](db, t, input.language, input.from, input.to);
  // ASCII, as the save dialog and a browser's download both keep it; the sheet inside carries the translated name.
  const stem = `imkon-${STEMS[input.dataset]}-${input.from}-${input.to}`;
  return sheetFile(sheet, input.format, input.language, stem);
}
