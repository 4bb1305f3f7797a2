import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar';
import { IMPORT_FIELDS, type ImportField } from '../domain/import-columns';
import { BENEFICIARY_STATUSES, GUARDIAN_RELATIONS, type DuplicateRef } from '../domain/people';
import { channel, returns, type ChannelDef } from './channel';
import type { FieldIssue } from './errors';
import type { BeneficiaryInput } from './people-input';

/** The most data rows a file may have: a district's list is a few hundred. */
export const MAX_IMPORT_ROWS = 5000;

/** The largest file accepted, in bytes: a district's list is a few hundred rows, far below it. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;

const optionalCode = z
  .string()
  .trim()
  .max(60)
  .nullable()
  .default(null)
  .transform((code) => code || null);

/** What applies to every row whose file has no column (or an empty cell) for it. */
export const importDefaultsSchema = z.strictObject({
  /** Referrals arrive before the person is served: they wait unless the file says otherwise. */
  status: z.enum(BENEFICIARY_STATUSES).default('waiting'),
  regionCode: optionalCode,
  districtCode: optionalCode,
  referralCentre: z.string().trim().max(200).default(''),
  referralNumber: z.string().trim().max(50).default(''),
  referralDate: z
    .string()
    .trim()
    .nullable()
    .default(null)
    .transform((date) => date || null)
    .refine((date) => date === null || isCalendarDate(date), 'validation.date'),
  /** For a guardian whose relation the file does not give. */
  guardianRelation: z.enum(GUARDIAN_RELATIONS).default('other'),
});
export type ImportDefaults = z.output<typeof importDefaultsSchema>;

const column = z.number().int().min(0).max(499).nullable();
export const importMappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), column);

const importFile = {
  fileName: z.string().trim().min(1).max(255),
  /** The file's bytes; the renderer reads the file the person chose (or the shell's open dialog does). */
  contentBase64: z.base64().max(MAX_BASE64_CHARS, 'peopleImport.validation.fileTooBig'),
  /** Absent: the mapping suggested from the headers. */
  mapping: importMappingSchema.optional(),
  defaults: importDefaultsSchema.default(importDefaultsSchema.parse({})),
};

export const importPreviewSchema = z.strictObject(importFile);
export const importCommitSchema = z.strictObject({
  ...importFile,
  /**
   * Rows that match someone already recorded, or an earlier row, by name and birth date are left out unless
   * the person has looked at them and says they are other people. Same PINFL is never imported.
   */
  skipDuplicates: z.boolean().default(true),
});

/**
 * The input of `people.create` as read from a row. A cell that could not be read is passed on as its text,
 * for the schema to refuse, so any field may hold something other than its type.
 */
export type ImportPerson = { [K in keyof BeneficiaryInput]?: unknown };

/** Valid: will be created. Invalid: has issues, will be skipped. Duplicate: may be the same person as another. */
export type ImportRowStatus = 'valid' | 'invalid' | 'duplicate';

export interface ImportRow {
  /** The row's number in the spreadsheet (its header row is usually 1). */
  rowNumber: number;
  status: ImportRowStatus;
  /** The text of each mapped cell, as in the file. */
  cells: Partial<Record<ImportField, string>>;
  /** The person as it would be created: the cells read, with the defaults filled in. */
  person: ImportPerson;
  /**
   * Problems keyed by the import field they concern (the column to fix), or by the person's field when no
   * column is about it (e.g. "consentDate" for an active person).
   */
  issues: Record<string, FieldIssue>;
  /** People already recorded with the same name and birth date. */
  duplicateOf: DuplicateRef[];
  /** An earlier row of the file with the same name and birth date. */
  duplicateOfRow: number | null;
}

export interface ImportPreview {
  headers: string[];
  /** Per column, the first cell that is not empty: what the column holds, for choosing the mapping. */
  examples: string[];
  headerRowNumber: number;
  /** The mapping used for the rows: the one sent, or else the suggested one. */
  mapping: Record<ImportField, number | null>;
  suggestedMapping: Record<ImportField, number | null>;
  /** Fields that every person needs and that no column (and no default) provides. */
  missingFields: ImportField[];
  rows: ImportRow[];
  counts: { total: number; valid: number; invalid: number; duplicates: number };
}

export interface ImportResult {
  created: Array<{ rowNumber: number; id: number; name: string }>;
  skipped: Array<Pick<ImportRow, 'rowNumber' | 'status' | 'issues' | 'duplicateOf' | 'duplicateOfRow'>>;
}

/** Importing referred people from CSV or XLSX files. */
export const importChannels = {
  /** Reads the file and checks every row as `people.create` would; writes nothing. */
  'import.preview': channel({
    input: importPreviewSchema,
    output: returns<ImportPreview>(),
    permission: 'people.import',
  }),
  /**
   * Checks the file again and creates its valid rows, all in one transaction: every valid row or none.
   * Invalid rows, and duplicates when `skipDuplicates`, are reported as skipped.
   */
  'import.commit': channel({
    input: importCommitSchema,
    output: returns<ImportResult>(),
    permission: 'people.import',
  }),
} satisfies Record<string, ChannelDef>;
