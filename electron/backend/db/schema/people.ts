import type { Generated } from 'kysely';

export interface BeneficiariesTable {
  id: Generated<number>;
  family_name: string;
  given_name: string;
  patronymic: string;
  birth_date: string;
  sex: string;
  pinfl: string | null;
  birth_certificate: string | null;
  region_code: string | null;
  district_code: string | null;
  mahalla: string;
  address: string;
  phone: string | null;
  has_disability: number;
  disability_group: string | null;
  functioning: string;
  social_status: string;
  referral_centre: string;
  referral_number: string;
  referral_date: string | null;
  consent_date: string | null;
  consent_taken_by: string;
  status: string;
  discharge_date: string | null;
  discharge_reason: string;
  notes: string;
  search_text: string;
  created_at: string;
  updated_at: string;
  /** Set when the person's records were archived (retention): hidden from searches and lists, never deleted. */
  archived_at: Generated<string | null>;
  archived_by: Generated<string | null>;
}

export interface GuardiansTable {
  id: Generated<number>;
  beneficiary_id: number;
  relation: string;
  family_name: string;
  given_name: string;
  patronymic: string;
  phone: string | null;
  is_primary: number;
  position: number;
  notes: string;
}

export interface BeneficiaryServicesTable {
  beneficiary_id: number;
  service_id: number;
}

export interface RetentionPolicyTable {
  id: number;
  years_after_discharge: number;
  updated_at: string;
}

/** Beneficiaries, their guardians and the retention rule for their records. */
export interface PeopleTables {
  beneficiaries: BeneficiariesTable;
  guardians: GuardiansTable;
  beneficiary_services: BeneficiaryServicesTable;
  retention_policy: RetentionPolicyTable;
}
