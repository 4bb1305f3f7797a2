import { z } from 'zod';
import type { SummaryCounts } from '../domain/attendance-summary';
import type { Language } from '../domain/languages';
import { channel, returns } from './channel';
import { dateSchema } from './schedule-input';

export type { SummaryCounts } from '../domain/attendance-summary';

const id = z.number().int().positive();

/** A period, inclusive, optionally narrowed to one service or one group. */
export const summaryInputShape = {
  from: dateSchema,
  to: dateSchema,
  serviceId: id.optional(),
  groupId: id.optional(),
};

/** The rules of a summary's period and scope, for this channel's input and the PDF's alike. */
export function summaryRules<
  T extends z.ZodType<{
    from: string;
    to: string;
    serviceId?: number | undefined;
    groupId?: number | undefined;
  }>,
>(schema: T) {
  return schema
    .refine((input) => input.to >= input.from, {
      message: 'attendance.validation.endBeforeStart',
      path: ['to'],
    })
    .refine((input) => input.serviceId === undefined || input.groupId === undefined, {
      message: 'attendance.validation.oneScope',
      path: ['groupId'],
    });
}

export const summaryInputSchema = summaryRules(z.strictObject(summaryInputShape));

/** The service's own name in each language (data, not catalogue text). */
export type SummaryNames = Record<Language, string>;

export interface SummaryGroupRow {
  groupId: number;
  name: string;
  counts: SummaryCounts;
}

export interface SummaryServiceRow {
  serviceId: number;
  names: SummaryNames;
  /** All of the service's sessions in the period: its groups and its individual sessions together. */
  counts: SummaryCounts;
  /** The service's groups that had sessions in the period, by name. */
  groups: SummaryGroupRow[];
  /** The service's sessions without a group (individual sessions, day care); null when it had none. */
  individual: SummaryCounts | null;
}

export type SummaryScope =
  | { kind: 'centre' }
  | { kind: 'service'; serviceId: number; names: SummaryNames }
  | { kind: 'group'; groupId: number; name: string; serviceId: number };

/**
 * Attendance over a period, counted in visits (one person expected at one session). A recorded mark wins; an
 * unmarked session counts as its cancellation or a planned absence implies, else as not marked yet; sessions
 * after the centre's today are not counted in `planned` but in `upcoming`. The rate is
 * attended / (planned − cancelled by the centre): see attendanceRate in shared/domain/attendance-summary.
 */
export interface AttendanceSummary {
  from: string;
  to: string;
  /** The centre's today when the summary was made. */
  today: string;
  centreName: string;
  scope: SummaryScope;
  /** Services that had sessions in the period, in the catalogue's order (by id). */
  services: SummaryServiceRow[];
  total: SummaryCounts;
}

export const attendanceSummaryChannels = {
  /** Sessions planned, attended, missed by reason and the attendance rate over a period, per service and group. */
  'attendance.summary': channel({
    input: summaryInputSchema,
    output: returns<AttendanceSummary>(),
    permission: 'attendance.read',
  }),
};
