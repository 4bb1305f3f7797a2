import type { Generated } from 'kysely';

/** Row types as SQLite returns them: integers for booleans, TEXT for dates and JSON. */
export interface CentreSettingsTable {
  id: number;
  name: string;
  address: string;
  time_zone: string;
  /** JSON array of ISO weekday numbers. */
  working_days: string;
  day_start: string;
  day_end: string;
  default_language: string;
  updated_at: string;
}

export interface ServicesTable {
  id: Generated<number>;
  code: string;
  name_uz_latn: string;
  name_uz_cyrl: string;
  name_ru: string;
  name_en: string;
  kind: string;
  default_minutes: number;
  min_age_months: number | null;
  max_age_months: number | null;
  /** JSON array. */
  eligibility: string;
  colour: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface RoomsTable {
  id: Generated<number>;
  name: string;
  kind: string;
  capacity: number;
  notes: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface StaffTable {
  id: Generated<number>;
  family_name: string;
  given_name: string;
  patronymic: string;
  /** JSON array. */
  roles: string;
  position: string;
  phone: string | null;
  active: number;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface StaffServicesTable {
  staff_id: number;
  service_id: number;
}

export interface StaffHoursTable {
  staff_id: number;
  weekday: number;
  start_time: string;
  end_time: string;
  break_start: string | null;
  break_end: string | null;
}

export interface StaffAbsencesTable {
  id: Generated<number>;
  staff_id: number;
  kind: string;
  start_date: string;
  end_date: string;
  note: string;
  created_at: string;
}

export interface ClosuresTable {
  id: Generated<number>;
  start_date: string;
  end_date: string;
  kind: string;
  name: string;
  holiday_key: string | null;
  dismissed_at: string | null;
  created_at: string;
  updated_at: string;
}

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

export interface Database {
  centre_settings: CentreSettingsTable;
  services: ServicesTable;
  rooms: RoomsTable;
  staff: StaffTable;
  staff_services: StaffServicesTable;
  staff_hours: StaffHoursTable;
  staff_absences: StaffAbsencesTable;
  closures: ClosuresTable;
  beneficiaries: BeneficiariesTable;
  guardians: GuardiansTable;
  beneficiary_services: BeneficiaryServicesTable;
}
