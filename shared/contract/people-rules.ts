import { yearsBefore } from '../domain/age';
import { parsePinfl } from '../domain/pinfl';
import { findRegion, isDistrictOf } from '../domain/regions';
import type { FieldIssue } from './errors';

/**
 * Rules across a beneficiary's fields, shared by the form and the backend. They run on a value whose fields
 * may have failed their own checks (zod still runs them then), so each rule looks at what it needs warily.
 *
 * Identity: an active or discharged person needs a PINFL or a birth certificate; a waiting one may have
 * neither, because referrals often arrive before the family brings the documents. Likewise the consent to
 * personal-data processing: needed before the person is served, not for a referral on the waiting list.
 */

interface GuardianSubject {
  id?: unknown;
  relation?: unknown;
  phone?: unknown;
  isPrimary?: unknown;
}

interface RuleSubject {
  birthDate?: unknown;
  sex?: unknown;
  pinfl?: unknown;
  birthCertificate?: unknown;
  status?: unknown;
  consentDate?: unknown;
  consentTakenBy?: unknown;
  dischargeDate?: unknown;
  dischargeReason?: unknown;
  hasDisability?: unknown;
  disabilityGroup?: unknown;
  regionCode?: unknown;
  districtCode?: unknown;
  guardians?: unknown;
}

interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path: Array<string | number> }): void;
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** Relations a person has at most one of. */
const ONLY_ONE = new Set(['mother', 'father']);

export function checkBeneficiaryRules(value: RuleSubject, ctx: IssueSink): void {
  const issue = (path: Array<string | number>, message: string) =>
    ctx.addIssue({ code: 'custom', message, path });

  if (typeof value.pinfl === 'string' && value.pinfl !== '') {
    const parsed = parsePinfl(value.pinfl.replace(/\s+/g, ''));
    if (parsed.ok && typeof value.birthDate === 'string' && parsed.parts.birthDate !== value.birthDate) {
      issue(['pinfl'], 'people.validation.pinflBirthDateMismatch');
    } else if (parsed.ok && typeof value.sex === 'string' && parsed.parts.sex !== value.sex) {
      issue(['pinfl'], 'people.validation.pinflSexMismatch');
    }
  }

  const served = value.status === 'active' || value.status === 'discharged';
  if (served && !filled(value.pinfl) && !filled(value.birthCertificate)) {
    issue(['pinfl'], 'people.validation.identityRequired');
  }
  if (served && !filled(value.consentDate)) issue(['consentDate'], 'people.validation.consentRequired');
  if (filled(value.consentDate) && !filled(value.consentTakenBy))
    issue(['consentTakenBy'], 'validation.required');

  if (value.status === 'discharged') {
    if (!filled(value.dischargeDate)) issue(['dischargeDate'], 'validation.required');
    if (!filled(value.dischargeReason)) issue(['dischargeReason'], 'validation.required');
  } else {
    if (filled(value.dischargeDate)) issue(['dischargeDate'], 'people.validation.notDischarged');
    if (filled(value.dischargeReason)) issue(['dischargeReason'], 'people.validation.notDischarged');
  }

  checkAddress(value, issue);

  if (value.hasDisability === true && !filled(value.disabilityGroup)) {
    issue(['disabilityGroup'], 'validation.required');
  }
  if (value.hasDisability === false && filled(value.disabilityGroup)) {
    issue(['disabilityGroup'], 'people.validation.noDisability');
  }

  if (Array.isArray(value.guardians)) checkGuardians(value.guardians as GuardianSubject[], issue);
}

/** Region and district come from the reference list; a district must lie in the chosen region. */
function checkAddress(
  value: RuleSubject,
  issue: (path: Array<string | number>, message: string) => void,
): void {
  const region = filled(value.regionCode) ? (value.regionCode as string) : null;
  if (region !== null && !findRegion(region)) issue(['regionCode'], 'validation.invalidChoice');
  if (
    filled(value.districtCode) &&
    (region === null || !isDistrictOf(value.districtCode as string, region))
  ) {
    issue(['districtCode'], 'people.validation.districtNotInRegion');
  }
}

function checkGuardians(
  guardians: GuardianSubject[],
  issue: (path: Array<string | number>, message: string) => void,
): void {
  const seenRelations = new Set<unknown>();
  const seenIds = new Set<unknown>();
  let primaries = 0;
  guardians.forEach((guardian, index) => {
    if (ONLY_ONE.has(guardian.relation as string)) {
      if (seenRelations.has(guardian.relation)) {
        issue(['guardians', index, 'relation'], 'people.validation.relationTaken');
      }
      seenRelations.add(guardian.relation);
    }
    if (guardian.id !== undefined) {
      if (seenIds.has(guardian.id)) issue(['guardians', index, 'id'], 'validation.invalid');
      seenIds.add(guardian.id);
    }
    if (guardian.isPrimary === true) {
      primaries += 1;
      if (primaries > 1) issue(['guardians', index, 'isPrimary'], 'people.validation.onePrimary');
      if (!filled(guardian.phone)) issue(['guardians', index, 'phone'], 'people.validation.primaryPhone');
    }
  });
}

interface DatedSubject {
  birthDate: string;
  referralDate: string | null;
  consentDate: string | null;
  dischargeDate: string | null;
}

/** The oldest age the centre could plausibly serve: anything older is a typing mistake in the year. */
const MAX_AGE_YEARS = 120;

/**
 * Rules that need today's date in the centre's time zone: the backend takes it from its clock, the form from
 * the computer's. Keys are field names, as in the VALIDATION error's details.
 */
export function checkBeneficiaryDates(person: DatedSubject, today: string): Record<string, FieldIssue> {
  const issues: Record<string, FieldIssue> = {};
  if (person.birthDate > today) issues.birthDate = { key: 'validation.dateInFuture' };
  else if (person.birthDate < yearsBefore(today, MAX_AGE_YEARS)) {
    issues.birthDate = { key: 'people.validation.birthDateTooOld', params: { years: MAX_AGE_YEARS } };
  }
  for (const field of ['referralDate', 'consentDate', 'dischargeDate'] as const) {
    const date = person[field];
    if (date === null) continue;
    if (date > today) issues[field] = { key: 'validation.dateInFuture' };
    else if (date < person.birthDate) issues[field] = { key: 'people.validation.beforeBirth' };
  }
  return issues;
}
