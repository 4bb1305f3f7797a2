import { z } from 'zod';
import { ELIGIBILITY_CRITERIA, isAgeBandValid, SERVICE_KINDS, type Service } from '../../domain/services';
import { channel, returns } from '../channel';
import { distinct, recordId, requiredText } from './fields';

const ageMonths = z.number().int().min(0).max(1200).nullable();

const serviceFields = {
  names: z.strictObject({
    'uz-Latn': requiredText(200),
    'uz-Cyrl': requiredText(200),
    ru: requiredText(200),
    en: requiredText(200),
  }),
  kind: z.enum(SERVICE_KINDS),
  defaultMinutes: z.number().int().min(5).max(720),
  minAgeMonths: ageMonths,
  maxAgeMonths: ageMonths,
  eligibility: distinct(z.enum(ELIGIBILITY_CRITERIA)),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'validation.colour')
    .transform((colour) => colour.toLowerCase()),
  active: z.boolean(),
};

const ageBandIssue = { message: 'places.validation.ageBand', path: ['maxAgeMonths'] };

export const serviceInputSchema = z.strictObject(serviceFields).refine(isAgeBandValid, ageBandIssue);
export const serviceUpdateSchema = z
  .strictObject({ id: recordId, ...serviceFields })
  .refine(isAgeBandValid, ageBandIssue);

export const servicesChannels = {
  /** Every service, active ones first, each with its names in the four languages. */
  'services.list': channel({
    input: z.strictObject({ includeInactive: z.boolean().optional() }),
    output: returns<Service[]>(),
    permission: 'centre.read',
  }),
  'services.create': channel({
    input: serviceInputSchema,
    output: returns<Service>(),
    permission: 'centre.write',
  }),
  'services.update': channel({
    input: serviceUpdateSchema,
    output: returns<Service>(),
    permission: 'centre.write',
  }),
};
