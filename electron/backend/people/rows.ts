import type { Selectable } from 'kysely';
import type { GuardianInput, ParsedBeneficiary } from '../../../shared/contract/people';
import type {
  Beneficiary,
  BeneficiaryStatus,
  DisabilityGroup,
  Guardian,
  GuardianRelation,
  ServiceRef,
  Sex,
  SocialStatus,
} from '../../../shared/domain/people';
import type { BeneficiariesTable, GuardiansTable } from '../db/schema';
import { beneficiarySearchText } from './search-text';

export type BeneficiaryRow = Selectable<BeneficiariesTable>;
export type GuardianRow = Selectable<GuardiansTable>;

/** The stored columns of a beneficiary, from parsed input; timestamps are the caller's. */
export function beneficiaryColumns(person: ParsedBeneficiary) {
  return {
    family_name: person.familyName,
    given_name: person.givenName,
    patronymic: person.patronymic,
    birth_date: person.birthDate,
    sex: person.sex,
    pinfl: person.pinfl,
    birth_certificate: person.birthCertificate,
    region_code: person.regionCode,
    district_code: person.districtCode,
    mahalla: person.mahalla,
    address: person.address,
    phone: person.phone,
    has_disability: person.hasDisability ? 1 : 0,
    disability_group: person.hasDisability ? person.disabilityGroup : null,
    functioning: person.functioning,
    social_status: person.socialStatus,
    referral_centre: person.referralCentre,
    referral_number: person.referralNumber,
    referral_date: person.referralDate,
    consent_date: person.consentDate,
    consent_taken_by: person.consentTakenBy,
    status: person.status,
    discharge_date: person.status === 'discharged' ? person.dischargeDate : null,
    discharge_reason: person.status === 'discharged' ? person.dischargeReason : '',
    notes: person.notes,
    search_text: beneficiarySearchText(person),
  };
}

export function guardianColumns(guardian: GuardianInput, position: number, isPrimary: boolean) {
  return {
    relation: guardian.relation,
    family_name: guardian.familyName,
    given_name: guardian.givenName,
    patronymic: guardian.patronymic,
    phone: guardian.phone,
    is_primary: isPrimary ? 1 : 0,
    position,
    notes: guardian.notes,
  };
}

export function toGuardian(row: GuardianRow): Guardian {
  return {
    id: row.id,
    relation: row.relation as GuardianRelation,
    familyName: row.family_name,
    givenName: row.given_name,
    patronymic: row.patronymic,
    phone: row.phone,
    isPrimary: row.is_primary === 1,
    notes: row.notes,
  };
}

export function toBeneficiary(
  row: BeneficiaryRow,
  guardians: Guardian[],
  services: ServiceRef[],
  age: number,
): Beneficiary {
  return {
    id: row.id,
    familyName: row.family_name,
    givenName: row.given_name,
    patronymic: row.patronymic,
    birthDate: row.birth_date,
    sex: row.sex as Sex,
    pinfl: row.pinfl,
    birthCertificate: row.birth_certificate,
    regionCode: row.region_code,
    districtCode: row.district_code,
    mahalla: row.mahalla,
    address: row.address,
    phone: row.phone,
    hasDisability: row.has_disability === 1,
    disabilityGroup: row.disability_group as DisabilityGroup | null,
    functioning: row.functioning,
    socialStatus: row.social_status as SocialStatus,
    referralCentre: row.referral_centre,
    referralNumber: row.referral_number,
    referralDate: row.referral_date,
    services,
    consentDate: row.consent_date,
    consentTakenBy: row.consent_taken_by,
    status: row.status as BeneficiaryStatus,
    dischargeDate: row.discharge_date,
    dischargeReason: row.discharge_reason,
    notes: row.notes,
    guardians,
    age,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
