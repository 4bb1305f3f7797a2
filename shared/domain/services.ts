import type { Language } from './languages';

/** The centre's catalogue of services: what it schedules, for whom, and how long a session takes. */

/** Individual: one specialist and one person. Group: a class with a roster. Day care: daily presence. */
export const SERVICE_KINDS = ['individual', 'group', 'day_care'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** What can make a person eligible: a disability, or the family's place in the social register. */
export const ELIGIBILITY_CRITERIA = ['disability', 'poverty_register', 'low_income', 'near_poverty'] as const;
export type EligibilityCriterion = (typeof ELIGIBILITY_CRITERIA)[number];

export interface Service {
  id: number;
  /** Stable code: the pre-filled services have readable ones ("speech_therapy"); new ones get "service_<id>". */
  code: string;
  /** The service's own name in each language: data the manager edits, not catalogue text. */
  names: Record<Language, string>;
  kind: ServiceKind;
  defaultMinutes: number;
  /** Age band in whole months: from `minAgeMonths` (inclusive) to below `maxAgeMonths`; null = open. */
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  /** Any one criterion makes a person eligible; an empty list means everyone is. */
  eligibility: EligibilityCriterion[];
  /** "#rrggbb", lower case. */
  colour: string;
  active: boolean;
}

export function serviceName(service: Pick<Service, 'names'>, language: Language): string {
  return service.names[language];
}

export interface AgeBand {
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
}

/** An age band is well formed when its upper end lies above its lower end (either may be open). */
export function isAgeBandValid(band: AgeBand): boolean {
  return band.minAgeMonths === null || band.maxAgeMonths === null || band.maxAgeMonths > band.minAgeMonths;
}

/** Completed months between a birth date and a date, as birthdays are counted ("YYYY-MM-DD" dates). */
export function ageInMonths(birthDate: string, onDate: string): number {
  const months =
    (Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4))) * 12 +
    (Number(onDate.slice(5, 7)) - Number(birthDate.slice(5, 7)));
  // The month is completed on the same day of the month; someone born on the 31st completes it on the last day.
  const lastDay = new Date(Date.UTC(Number(onDate.slice(0, 4)), Number(onDate.slice(5, 7)), 0)).getUTCDate();
  const birthDay = Math.min(Number(birthDate.slice(8, 10)), lastDay);
  return Number(onDate.slice(8, 10)) < birthDay ? months - 1 : months;
}

export function isWithinAgeBand(ageMonths: number, band: AgeBand): boolean {
  if (band.minAgeMonths !== null && ageMonths < band.minAgeMonths) return false;
  return band.maxAgeMonths === null || ageMonths < band.maxAgeMonths;
}

/** What eligibility looks at in a person. */
export interface EligibilityFacts {
  hasDisability: boolean;
  /** The family's social register status: 'none', 'poverty_register', 'low_income' or 'near_poverty'. */
  socialStatus: string;
}

/** The criteria a person meets, in the catalogue's order. */
export function criteriaMet(person: EligibilityFacts): EligibilityCriterion[] {
  return ELIGIBILITY_CRITERIA.filter((criterion) =>
    criterion === 'disability' ? person.hasDisability : person.socialStatus === criterion,
  );
}

export function isEligible(person: EligibilityFacts, criteria: readonly EligibilityCriterion[]): boolean {
  if (criteria.length === 0) return true;
  const met = criteriaMet(person);
  return criteria.some((criterion) => met.includes(criterion));
}
