import type { Language } from './languages';

/** Beneficiaries: the children and adults the centre serves, with their guardians and referral. */

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * Waiting: referred, not yet served (referrals often arrive incomplete). Active: being served. Discharged: no
 * longer served, with the date and the reason.
 */
export const BENEFICIARY_STATUSES = ['waiting', 'active', 'discharged'] as const;
export type BeneficiaryStatus = (typeof BENEFICIARY_STATUSES)[number];

/** The family's place in the state social register ("Ijtimoiy himoya yagona reestri"). */
export const SOCIAL_STATUSES = ['none', 'poverty_register', 'low_income', 'near_poverty'] as const;
export type SocialStatus = (typeof SOCIAL_STATUSES)[number];

/**
 * Adults have disability groups I–III; a person under 18 is recognised as a "child with a disability" without a
 * group. "pending" is a disability being established by the medical commission (TMEK/VTEK).
 */
export const DISABILITY_GROUPS = ['1', '2', '3', 'child', 'pending'] as const;
export type DisabilityGroup = (typeof DISABILITY_GROUPS)[number];

export const GUARDIAN_RELATIONS = [
  'mother',
  'father',
  'grandmother',
  'grandfather',
  'sibling',
  'guardian',
  'other',
] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

export interface PersonName {
  familyName: string;
  givenName: string;
  patronymic: string;
}

/** As Uzbek and Russian documents write it: family name, given name, patronymic. */
export function fullName(person: PersonName): string {
  return [person.familyName, person.givenName, person.patronymic].filter(Boolean).join(' ');
}

export interface Guardian extends PersonName {
  id: number;
  relation: GuardianRelation;
  /** Stored form "+998901234567", or null. */
  phone: string | null;
  isPrimary: boolean;
  notes: string;
}

/** A service's name in the four languages, for showing a person's services without another call. */
export interface ServiceRef {
  id: number;
  code: string;
  names: Record<Language, string>;
}

export interface Beneficiary extends PersonName {
  id: number;
  birthDate: string;
  sex: Sex;
  pinfl: string | null;
  birthCertificate: string | null;
  regionCode: string | null;
  districtCode: string | null;
  mahalla: string;
  address: string;
  phone: string | null;
  hasDisability: boolean;
  disabilityGroup: DisabilityGroup | null;
  /** What the person can and cannot do, in the specialists' words. */
  functioning: string;
  socialStatus: SocialStatus;
  /** The district "Inson" social services centre that referred the person. */
  referralCentre: string;
  referralNumber: string;
  referralDate: string | null;
  /** The services the referral asks for. */
  services: ServiceRef[];
  consentDate: string | null;
  consentTakenBy: string;
  status: BeneficiaryStatus;
  dischargeDate: string | null;
  dischargeReason: string;
  notes: string;
  /** Ordered: the primary guardian first. */
  guardians: Guardian[];
  /** Whole years on the centre's today. */
  age: number;
  createdAt: string;
  updatedAt: string;
}

/** One row of the people list. */
export interface BeneficiarySummary extends PersonName {
  id: number;
  birthDate: string;
  age: number;
  sex: Sex;
  pinfl: string | null;
  status: BeneficiaryStatus;
  hasDisability: boolean;
  socialStatus: SocialStatus;
  primaryGuardian: (PersonName & { relation: GuardianRelation; phone: string | null }) | null;
}

/** An existing record that a new one may duplicate. */
export interface DuplicateRef {
  id: number;
  name: string;
  birthDate: string;
  pinfl: string | null;
  /** Why it matched: the same PINFL (always refused) or the same name and birth date (may be confirmed). */
  match: 'pinfl' | 'name';
}

/** The mother of an early-intervention child is the guardian recorded as "mother"; at most one per person. */
export function motherOf(person: Pick<Beneficiary, 'guardians'>): Guardian | null {
  return person.guardians.find((g) => g.relation === 'mother') ?? null;
}
