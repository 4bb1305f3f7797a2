import type { z } from 'zod';
import { attendanceChannels } from './attendance';
import { attendanceSummaryChannels } from './attendance-summary';
import { programmesChannels } from './programmes';
import { notesChannels } from './notes';
import { progressReportChannels } from './progress-report';
import { authChannels } from './auth';
import { auditChannels } from './audit';
import { backupChannels } from './backup';
import { dataExportChannels } from './data-export';
import type { ChannelDef, Output } from './channel';
import { documentsChannels } from './documents';
import { groupsChannels } from './groups';
import { importChannels } from './import';
import { peopleChannels } from './people';
import { placesChannels } from './places';
import { scheduleChannels } from './schedule';
import { settingsChannels } from './settings';
import { systemChannels } from './system';
import { waitingChannels } from './waiting';

/** Every channel between the renderer and the backend, declared once. */
export const contract = {
  ...systemChannels,
  ...settingsChannels,
  ...placesChannels,
  ...peopleChannels,
  ...importChannels,
  ...scheduleChannels,
  ...groupsChannels,
  ...waitingChannels,
  ...attendanceChannels,
  ...attendanceSummaryChannels,
  ...documentsChannels,
  ...programmesChannels,
  ...notesChannels,
  ...progressReportChannels,
  ...authChannels,
  ...auditChannels,
  ...backupChannels,
  ...dataExportChannels,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What the caller sends (before the schema's defaults and transforms). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What the handler receives (after parsing). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Contract[C]['output'] extends Output<infer O> ? O : never;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export * from './bridge';
export * from './errors';
export * from './permissions';
export { fieldIssues } from './validation';
