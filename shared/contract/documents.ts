import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { monthInputSchema } from './attendance-input';
import { channel, returns } from './channel';

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

export const documentsChannels = {
  /** The monthly attendance register as a landscape A4 PDF in the requested language. */
  'documents.register': channel({
    input: registerDocumentSchema,
    output: returns<RenderedDocument>(),
    permission: 'attendance.read',
  }),
};
