import { z } from 'zod';
import { daysInRange } from '../domain/calendar';
import { LANGUAGES } from '../domain/languages';
import { channel, returns, type ChannelDef } from './channel';
import { dateSchema } from './schedule-input';

/** What a spreadsheet export can hold. */
export const EXPORT_DATASETS = ['beneficiaries', 'sessions', 'attendance'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Ten years of sessions is more than a centre asks for at once, and keeps one file in memory. */
export const MAX_EXPORT_DAYS = 3660;

/** The largest full export accepted back, in base64 characters (about 192 MB of gzip). */
export const MAX_FULL_IMPORT_BASE64 = 256 * 1024 * 1024;

/** A file made in the backend for the renderer to save. */
export interface ExportedFile {
  fileName: string;
  /** The file's bytes, base64. */
  bytes: string;
  mime: string;
}

export const spreadsheetExportSchema = z
  .strictObject({
    dataset: z.enum(EXPORT_DATASETS),
    format: z.enum(EXPORT_FORMATS),
    /** The language of the headers and of the named values (statuses, marks, services), not the interface's. */
    language: z.enum(LANGUAGES),
    from: dateSchema,
    to: dateSchema,
  })
  .refine((input) => input.to >= input.from, { message: 'dataExport.validation.toBeforeFrom', path: ['to'] })
  .refine((input) => input.to < input.from || daysInRange(input.from, input.to) <= MAX_EXPORT_DAYS, {
    message: 'dataExport.validation.periodTooLong',
    path: ['to'],
  });
export type SpreadsheetExport = z.output<typeof spreadsheetExportSchema>;

export const fullImportSchema = z.strictObject({
  contentBase64: z.base64().min(1).max(MAX_FULL_IMPORT_BASE64, 'dataExport.validation.fileTooBig'),
});

/** What a full import brought in. */
export interface FullImportSummary {
  /** ISO instant the export was made at. */
  exportedAt: string;
  appVersion: string;
  tables: number;
  rows: number;
}

/** What a full import would bring in and what of this installation it would replace: shown before it runs. */
export interface FullImportPreview {
  /** ISO instant the export was made at. */
  exportedAt: string;
  appVersion: string;
  /** Rows in the export: the main records, and all rows of all tables. */
  incoming: { people: number; staff: number; sessions: number; accounts: number; rows: number };
  /** This installation's rows that the import deletes: its starting services and accounts, and every row. */
  replaced: { services: number; accounts: number; rows: number };
}

export const RETENTION_YEARS = { min: 1, max: 75, default: 5 } as const;

export interface RetentionPolicy {
  /** Whole years after the discharge date from which a discharged person's records may be archived. */
  yearsAfterDischarge: number;
}

export const retentionPolicySchema = z.strictObject({
  yearsAfterDischarge: z.number().int().min(RETENTION_YEARS.min).max(RETENTION_YEARS.max),
});

/** A discharged person whose records are due for the archive, or already in it. */
export interface ArchivePerson {
  id: number;
  familyName: string;
  givenName: string;
  patronymic: string;
  birthDate: string;
  dischargeDate: string;
  dischargeReason: string;
  /** ISO instant; null for a candidate. */
  archivedAt: string | null;
}

const MAX_ARCHIVE_BATCH = 5000;
const id = z.number().int().positive();

/**
 * Spreadsheets, the full centre export and its import into a new installation, and archiving.
 *
 * Archiving asks for `data.export`, not a right of its own: it hides records, it deletes nothing, and whoever
 * holds `data.export` can already take every record out of the building with the full export, so letting them
 * also see and restore archived people widens nothing. The full import replaces a whole centre and asks for
 * `data.import`.
 */
export const dataExportChannels = {
  'dataExport.spreadsheet': channel({
    input: spreadsheetExportSchema,
    output: returns<ExportedFile>(),
    permission: 'data.export',
  }),
  /** Every table, with the schema's migration list and the app version, as gzipped JSON. */
  'dataExport.full': channel({
    input: z.strictObject({}),
    output: returns<ExportedFile>(),
    permission: 'data.export',
  }),
  /**
   * Loads a full export into a new installation, all or nothing. Refuses with VALIDATION (details.fields
   * contentBase64) a file that is not an export or was made by another schema version, and with CONFLICT a
   * database that already holds the centre's records.
   */
  /**
   * Reads a full export and answers what importing it would bring in and replace, changing nothing: the
   * confirmation before dataExport.importFull. Refuses as that channel does.
   */
  'dataExport.previewFull': channel({
    input: fullImportSchema,
    output: returns<FullImportPreview>(),
    permission: 'data.import',
  }),
  'dataExport.importFull': channel({
    input: fullImportSchema,
    output: returns<FullImportSummary>(),
    permission: 'data.import',
  }),
  'archive.policy': channel({
    input: z.strictObject({}),
    output: returns<RetentionPolicy>(),
    permission: 'data.export',
  }),
  'archive.setPolicy': channel({
    input: retentionPolicySchema,
    output: returns<RetentionPolicy>(),
    permission: 'data.export',
  }),
  /** Discharged people whose discharge is at least the policy's years ago and who are not archived yet. */
  'archive.candidates': channel({
    input: z.strictObject({}),
    output: returns<ArchivePerson[]>(),
    permission: 'data.export',
  }),
  /** Refuses with VALIDATION (field ids) when any of them is not a candidate; archives none then. */
  'archive.archive': channel({
    input: z.strictObject({
      ids: z
        .array(id)
        .min(1)
        .max(MAX_ARCHIVE_BATCH)
        .refine((ids) => new Set(ids).size === ids.length, 'validation.invalid'),
    }),
    output: returns<{ archived: number }>(),
    permission: 'data.export',
  }),
  /** The archived people, newest archived first: they no longer appear in searches and lists. */
  'archive.list': channel({
    input: z.strictObject({}),
    output: returns<ArchivePerson[]>(),
    permission: 'data.export',
  }),
  /** Brings an archived person back into searches and lists. */
  'archive.restore': channel({
    input: z.strictObject({ id }),
    output: returns<ArchivePerson>(),
    permission: 'data.export',
  }),
} satisfies Record<string, ChannelDef>;
