import type { FieldIssue } from '../../../shared/contract';
import { fullMapping, type FullMapping } from '../../../shared/contract/import-row';
import { looksLikeHeader, suggestMapping, type ImportMapping } from '../../../shared/domain/import-columns';
import { AppError } from '../errors';
import { MAX_IMPORT_ROWS, parseTable, TableError, type TextTable } from './parse-table';

/** The file problems a person can act on, as field issues of the file's content. */
const PROBLEM_ISSUES: Record<TableError['problem'], FieldIssue> = {
  unsupportedFile: { key: 'peopleImport.validation.unsupportedFile', params: { formats: 'CSV, XLSX' } },
  unreadableFile: { key: 'peopleImport.validation.unreadableFile' },
  emptyFile: { key: 'peopleImport.validation.emptyFile' },
  tooManyRows: { key: 'peopleImport.validation.tooManyRows', params: { max: MAX_IMPORT_ROWS } },
};

/** Reads the sent file as a table; a file that cannot be read is a VALIDATION error about its content. */
export async function readImportFile(fileName: string, contentBase64: string): Promise<TextTable> {
  try {
    return await parseTable(fileName, Buffer.from(contentBase64, 'base64'), looksLikeHeader);
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    throw new AppError('VALIDATION', error.message, {
      fields: { contentBase64: PROBLEM_ISSUES[error.problem] },
    });
  }
}

export interface ChosenMapping {
  mapping: FullMapping;
  suggested: FullMapping;
}

/** The mapping sent, checked against the file's columns, or the one suggested by its headers. */
export function chooseMapping(headers: string[], sent: ImportMapping | undefined): ChosenMapping {
  const suggested = suggestMapping(headers);
  if (sent === undefined) return { mapping: suggested, suggested };
  const mapping = fullMapping(sent);
  const fields: Record<string, FieldIssue> = {};
  for (const [field, column] of Object.entries(mapping)) {
    if (column !== null && column >= headers.length)
      fields[`mapping.${field}`] = { key: 'validation.invalidChoice' };
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('VALIDATION', 'The mapping names columns the file does not have', { fields });
  }
  return { mapping, suggested };
}
