import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { isValidTimeZone, parseTimeOfDay, type CentreSettings, type IsoWeekday } from '../domain/settings';
import { channel, returns } from './channel';

const timeOfDay = z.string().refine((text) => parseTimeOfDay(text) !== null, 'validation.timeOfDay');

export const centreSettingsSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    address: z.string().trim().max(500),
    timeZone: z.string().refine(isValidTimeZone, 'validation.timeZone'),
    workingDays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'validation.workingDaysRequired')
      .refine((days) => new Set(days).size === days.length, 'validation.invalid')
      .transform((days) => [...days].sort((a, b) => a - b) as IsoWeekday[]),
    dayStart: timeOfDay,
    dayEnd: timeOfDay,
    defaultLanguage: z.enum(LANGUAGES),
  })
  .refine((s) => (parseTimeOfDay(s.dayEnd) ?? 0) > (parseTimeOfDay(s.dayStart) ?? 0), {
    message: 'validation.dayEndBeforeStart',
    path: ['dayEnd'],
  });

export const settingsChannels = {
  'settings.get': channel({
    input: z.strictObject({}),
    output: returns<CentreSettings>(),
    permission: 'settings.read',
  }),
  'settings.update': channel({
    input: centreSettingsSchema,
    output: returns<CentreSettings>(),
    permission: 'settings.write',
  }),
};
