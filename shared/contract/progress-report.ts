import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { channel, returns } from './channel';
import type { RenderedDocument } from './documents';
import { dateSchema } from './schedule-input';

const id = z.number().int().positive();

const periodShape = {
  from: dateSchema,
  to: dateSchema,
};
const periodOrder = { message: 'validation.dateRange', path: ['to'] };

export const progressReportSchema = z
  .strictObject({ beneficiaryId: id, ...periodShape, language: z.enum(LANGUAGES) })
  .refine((input) => input.from <= input.to, periodOrder);

export const progressReportChildrenSchema = z
  .strictObject({ groupId: id.optional(), ...periodShape })
  .refine((input) => input.from <= input.to, periodOrder);

/** A child the batch prints a report for. */
export interface ReportChild {
  beneficiaryId: number;
  /** "Family Given Patronymic" */
  name: string;
}

/**
 * The child's progress report. The batch (all active children or one group) is driven by the renderer one
 * child at a time, so it can show progress and stop between two children.
 */
export const progressReportChannels = {
  'documents.progressReport': channel({
    input: progressReportSchema,
    output: returns<RenderedDocument>(),
    permission: 'notes.read',
  }),
  /** Whose reports a batch prints: the active children, or a group's members enrolled during the period. */
  'documents.progressReport.children': channel({
    input: progressReportChildrenSchema,
    output: returns<ReportChild[]>(),
    permission: 'notes.read',
  }),
};
