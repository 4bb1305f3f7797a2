import type { FieldIssue } from '../../../shared/contract';
import type { ImportDefaults, ImportRow } from '../../../shared/contract/import';
import { addPersonIssues, readImportRow, type FullMapping } from '../../../shared/contract/import-row';
import type { ParsedBeneficiary } from '../../../shared/contract/people';
import type { DuplicateRef } from '../../../shared/domain/people';
import { foldForSearch } from '../../../shared/domain/search-fold';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { checkAgainstRecords } from '../people/service';
import type { TextRow } from './parse-table';

/** A row with what `people.create` would be given for it, when it can be created. */
export interface ReviewedRow extends ImportRow {
  parsed: ParsedBeneficiary | null;
}

/**
 * Checks every row as `people.create` would (the schema, then the records and today's date), and the rows
 * against each other: a PINFL the file repeats is refused on its later row, a name and birth date it repeats
 * makes the later row a possible duplicate. Writes nothing.
 */
export async function reviewRows(
  db: Db,
  rows: TextRow[],
  mapping: FullMapping,
  defaults: ImportDefaults,
  today: string,
): Promise<ReviewedRow[]> {
  const rowOfPinfl = new Map<string, number>();
  const rowOfName = new Map<string, number>();
  const reviewed: ReviewedRow[] = [];
  for (const row of rows) {
    const read = readImportRow(row.cells, mapping, defaults);
    const issues = read.issues;
    let duplicateOf: DuplicateRef[] = [];
    let duplicateOfRow: number | null = null;
    const parsed = read.parsed;
    if (parsed) {
      duplicateOf = await checkRecords(db, parsed, today, issues, mapping);
      const earlierPinfl = parsed.pinfl === null ? undefined : rowOfPinfl.get(parsed.pinfl);
      if (earlierPinfl !== undefined) {
        issues.pinfl ??= { key: 'peopleImport.validation.pinflRepeated', params: { row: earlierPinfl } };
      }
      duplicateOfRow = rowOfName.get(nameKey(parsed)) ?? null;
    }
    const valid = parsed !== null && Object.keys(issues).length === 0;
    if (valid) {
      if (parsed.pinfl !== null) rowOfPinfl.set(parsed.pinfl, row.number);
      if (!rowOfName.has(nameKey(parsed))) rowOfName.set(nameKey(parsed), row.number);
    }
    const duplicate = duplicateOf.length > 0 || duplicateOfRow !== null;
    reviewed.push({
      rowNumber: row.number,
      status: valid ? (duplicate ? 'duplicate' : 'valid') : 'invalid',
      cells: read.cells,
      person: read.person,
      issues,
      duplicateOf: valid ? duplicateOf : [],
      duplicateOfRow: valid ? duplicateOfRow : null,
      parsed: valid ? parsed : null,
    });
  }
  return reviewed;
}

/** Same family name, given name and birth date, however the names are spelt: as the duplicate check compares. */
function nameKey(person: ParsedBeneficiary): string {
  return [foldForSearch(person.familyName), foldForSearch(person.givenName), person.birthDate].join('|');
}

/**
 * Runs the service's checks against the records. Its refusals become the row's issues; people recorded with
 * the same name and birth date are returned, for the row to be marked a possible duplicate.
 */
async function checkRecords(
  db: Db,
  person: ParsedBeneficiary,
  today: string,
  issues: Record<string, FieldIssue>,
  mapping: FullMapping,
): Promise<DuplicateRef[]> {
  try {
    await checkAgainstRecords(db, { ...person, confirmNotDuplicate: false }, today);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    addPersonIssues(issues, error.details?.fields ?? {}, mapping);
    const duplicates = (error.details?.duplicates ?? []) as DuplicateRef[];
    if (error.code === 'CONFLICT' && duplicates.some((d) => d.match === 'pinfl')) {
      issues.pinfl ??= { key: 'people.validation.pinflTaken' };
      return [];
    }
    if (error.code !== 'CONFLICT' && Object.keys(issues).length === 0) throw error;
    return duplicates;
  }
}
