import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { monthInputSchema } from './attendance-input';
import { summaryInputShape, summaryRules } from './attendance-summary';
import { channel, returns } from './channel';
import { dateSchema } from './schedule-input';

/** A printable document as the backend renders it: the PDF's bytes, base64, to save or preview. */
export interface RenderedDocument {
  /** A suggested file name, ASCII, ending in ".pdf". */
  fileName: string;
  /** The PDF, base64-encoded so that it crosses IPC and JSON alike. */
  bytes: string;
}

/** The register's scope as attendance.month takes it, plus the document's language (not the interface's). */
export const registerDocumentSchema = z
  .strictObject({ ...monthInputSchema.shape, language: z.enum(LANGUAGES) })
  .refine(
    (input) =>
      [input.groupId, input.serviceId, input.specialistId].filter((v) => v !== undefined).length <= 1,
    { message: 'attendance.validation.oneScope', path: ['groupId'] },
  );

/** How the daily schedule lists the day: one list by start time, or a section per room or per specialist. */
export const SCHEDULE_ARRANGEMENTS = ['time', 'room', 'specialist'] as const;
export type ScheduleArrangement = (typeof SCHEDULE_ARRANGEMENTS)[number];

export const dayScheduleDocumentSchema = z.strictObject({
  date: dateSchema,
  arrangement: z.enum(SCHEDULE_ARRANGEMENTS).default('time'),
  language: z.enum(LANGUAGES),
});

/** attendance.summary's period and scope, plus the document's language. */
export const summaryDocumentSchema = summaryRules(
  z.strictObject({ ...summaryInputShape, language: z.enum(LANGUAGES) }),
);

export const documentsChannels = {
  /** The monthly attendance register as a landscape A4 PDF in the requested language. */
  'documents.register': channel({
    input: registerDocumentSchema,
    output: returns<RenderedDocument>(),
    permission: 'attendance.read',
  }),
  /**
   * The day's sessions for reception, one page where it fits: time, who is expected (names for individual
   * sessions, group and head count for groups), service, specialist, room; cancelled sessions marked as such.
   */
  'documents.daySchedule': channel({
    input: dayScheduleDocumentSchema,
    output: returns<RenderedDocument>(),
    permission: 'attendance.read',
  }),
  /** attendance.summary as an A4 PDF: per service and group, with totals and the rate's definition. */
  'documents.attendanceSummary': channel({
    input: summaryDocumentSchema,
    output: returns<RenderedDocument>(),
    permission: 'attendance.read',
  }),
};
