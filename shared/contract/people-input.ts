import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar';
import {
  BENEFICIARY_STATUSES,
  DISABILITY_GROUPS,
  GUARDIAN_RELATIONS,
  SEXES,
  SOCIAL_STATUSES,
} from '../domain/people';
import { normalizePhone } from '../domain/phone';
import { parsePinfl, type PinflProblem } from '../domain/pinfl';
import { checkBeneficiaryRules } from './people-rules';

/**
 * What a person types for a beneficiary, as the form, the import and the demo send it. Optional texts are
 * strings ('' when empty); optional identifiers, phones and dates may also be null. The parsed value has the
 * stored forms: phones "+998901234567", PINFL without spaces, empty identifiers as null.
 */

const NAME_MAX = 100;

const name = z.string().trim().min(1).max(NAME_MAX);
const optionalName = z.string().trim().max(NAME_MAX).default('');
const text = (max: number) => z.string().trim().max(max).default('');

const calendarDate = z.string().trim().refine(isCalendarDate, 'validation.date');
const optionalDate = z
  .string()
  .trim()
  .nullable()
  .default(null)
  .transform((value) => value || null)
  .refine((value) => value === null || isCalendarDate(value), 'validation.date');

/** A code of the regions reference list ("andijan", "andijan.asaka"); '' is none. */
const referenceCode = z
  .string()
  .trim()
  .max(60)
  .nullable()
  .default(null)
  .transform((code) => code || null);

export const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .nullable()
  .default(null)
  .refine((typed) => !typed || normalizePhone(typed) !== null, 'validation.phone')
  .transform((typed) => (typed ? normalizePhone(typed) : null));

const PINFL_MESSAGES: Record<PinflProblem, string> = {
  format: 'validation.pinflFormat',
  date: 'validation.pinflDate',
  checksum: 'validation.pinflChecksum',
};

/** Typed with or without spaces between digit groups; stored as the 14 digits. */
const pinflSchema = z
  .string()
  .max(40)
  .nullable()
  .default(null)
  .transform((typed) => (typed ?? '').replace(/\s+/g, ''))
  .superRefine((pinfl, ctx) => {
    if (pinfl === '') return;
    const parsed = parsePinfl(pinfl);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: PINFL_MESSAGES[parsed.problem] });
  })
  .transform((pinfl) => pinfl || null);

/** Birth certificates are written like "I-AN 1234567"; kept as typed, upper-cased, spaces collapsed. */
const birthCertificateSchema = z
  .string()
  .max(40)
  .nullable()
  .default(null)
  .transform((typed) => (typed ?? '').trim().replace(/\s+/g, ' ').toLocaleUpperCase('ru'))
  .pipe(z.string().max(20))
  .transform((value) => value || null);

export const guardianInputSchema = z.strictObject({
  /** An existing guardian's id when editing; absent for a new one. */
  id: z.number().int().positive().optional(),
  relation: z.enum(GUARDIAN_RELATIONS),
  familyName: name,
  givenName: name,
  patronymic: optionalName,
  phone: phoneSchema,
  isPrimary: z.boolean().default(false),
  notes: text(500),
});

export const beneficiaryFields = {
  familyName: name,
  givenName: name,
  patronymic: optionalName,
  birthDate: calendarDate,
  sex: z.enum(SEXES),
  pinfl: pinflSchema,
  birthCertificate: birthCertificateSchema,
  regionCode: referenceCode,
  districtCode: referenceCode,
  mahalla: text(200),
  address: text(300),
  phone: phoneSchema,
  hasDisability: z.boolean().default(false),
  disabilityGroup: z.enum(DISABILITY_GROUPS).nullable().default(null),
  functioning: text(4000),
  socialStatus: z.enum(SOCIAL_STATUSES).default('none'),
  referralCentre: text(200),
  referralNumber: text(50),
  referralDate: optionalDate,
  serviceIds: z
    .array(z.number().int().positive())
    .max(30)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, 'validation.invalid'),
  consentDate: optionalDate,
  consentTakenBy: text(200),
  status: z.enum(BENEFICIARY_STATUSES).default('waiting'),
  dischargeDate: optionalDate,
  dischargeReason: text(500),
  notes: text(4000),
  guardians: z.array(guardianInputSchema).max(10).default([]),
  /** The person entering it has seen the name-and-birth-date duplicates and says this is someone else. */
  confirmNotDuplicate: z.boolean().default(false),
};

export const beneficiaryInputSchema = z.strictObject(beneficiaryFields).superRefine(checkBeneficiaryRules);

export const beneficiaryUpdateSchema = z
  .strictObject({ id: z.number().int().positive(), ...beneficiaryFields })
  .superRefine(checkBeneficiaryRules);

/** What a caller sends (dates as "YYYY-MM-DD", phones as typed). */
export type BeneficiaryInput = z.input<typeof beneficiaryInputSchema>;
/** What the repository stores: the parsed input. */
export type ParsedBeneficiary = z.output<typeof beneficiaryInputSchema>;
export type GuardianInput = z.output<typeof guardianInputSchema>;
