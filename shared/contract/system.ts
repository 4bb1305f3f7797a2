import { z } from 'zod';
import { channel, returns } from './channel';

export interface Health {
  status: 'ok';
  appVersion: string;
  /** Migrations applied to the open database, and how many this version of the app knows. */
  schemaVersion: number;
  latestSchemaVersion: number;
  dataDir: string;
  /** The backend's clock, as an ISO instant. */
  now: string;
}

export const systemChannels = {
  'system.health': channel({
    input: z.strictObject({}),
    output: returns<Health>(),
    permission: 'system.read',
  }),
};
