import type { Generated } from 'kysely';

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

/** Services, rooms, staff and closures: what the centre offers and when it is open. */
export interface PlacesTables {
  services: ServicesTable;
  rooms: RoomsTable;
  staff: StaffTable;
  staff_services: StaffServicesTable;
  staff_hours: StaffHoursTable;
  staff_absences: StaffAbsencesTable;
  closures: ClosuresTable;
}
