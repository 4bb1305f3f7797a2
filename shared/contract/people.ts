import { z } from 'zod';
import { AGE_BAND_NAMES } from '../domain/age';
import {
  BENEFICIARY_STATUSES,
  SOCIAL_STATUSES,
  type Beneficiary,
  type BeneficiarySummary,
} from '../domain/people';
import { channel, returns, type ChannelDef } from './channel';
import { beneficiaryInputSchema, beneficiaryUpdateSchema } from './people-input';

export {
  beneficiaryInputSchema,
  beneficiaryUpdateSchema,
  guardianInputSchema,
  phoneSchema,
  type BeneficiaryInput,
  type GuardianInput,
  type ParsedBeneficiary,
} from './people-input';
export { checkBeneficiaryDates, checkBeneficiaryRules } from './people-rules';

export const PEOPLE_PAGE_SIZE = 50;

export const peopleSearchSchema = z.strictObject({
  /** Any part of a name in either script, a PINFL, a phone number, or a guardian's name. */
  query: z.string().max(200).default(''),
  status: z.enum(BENEFICIARY_STATUSES).nullable().default(null),
  serviceId: z.number().int().positive().nullable().default(null),
  ageBand: z.enum(AGE_BAND_NAMES).nullable().default(null),
  hasDisability: z.boolean().nullable().default(null),
  socialStatus: z.enum(SOCIAL_STATUSES).nullable().default(null),
  /** 1-based. */
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(PEOPLE_PAGE_SIZE),
});
export type PeopleSearch = z.output<typeof peopleSearchSchema>;

export interface PeoplePage {
  items: BeneficiarySummary[];
  /** How many match in all, over every page. */
  total: number;
  page: number;
  pageSize: number;
}

const byId = z.strictObject({ id: z.number().int().positive() });

/** Beneficiaries, guardians and referrals. */
export const peopleChannels = {
  'people.search': channel({
    input: peopleSearchSchema,
    output: returns<PeoplePage>(),
    permission: 'people.read',
  }),
  'people.get': channel({
    input: byId,
    output: returns<Beneficiary>(),
    permission: 'people.read',
  }),
  /**
   * Refuses with CONFLICT and details `{ duplicates: DuplicateRef[] }` when the PINFL is already recorded
   * (always), or when someone of the same name and birth date is, unless `confirmNotDuplicate` is set.
   */
  'people.create': channel({
    input: beneficiaryInputSchema,
    output: returns<Beneficiary>(),
    permission: 'people.write',
  }),
  /** Guardians are matched by id: listed ones are updated or added, missing ones removed. */
  'people.update': channel({
    input: beneficiaryUpdateSchema,
    output: returns<Beneficiary>(),
    permission: 'people.write',
  }),
} satisfies Record<string, ChannelDef>;
