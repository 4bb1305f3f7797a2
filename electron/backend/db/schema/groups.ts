import type { Generated } from 'kysely';

export interface GroupsTable {
  id: Generated<number>;
  name: string;
  service_id: number;
  teacher_id: number;
  room_id: number | null;
  capacity: number;
  min_age_months: number | null;
  max_age_months: number | null;
  /** RFC 5545 text with a floating DTSTART. */
  rrule: string;
  duration_minutes: number;
  notes: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface GroupEnrolmentsTable {
  id: Generated<number>;
  group_id: number;
  beneficiary_id: number;
  start_date: string;
  end_date: string | null;
  created_at: string;
  updated_at: string;
}

export interface WaitingListTable {
  id: Generated<number>;
  beneficiary_id: number;
  group_id: number | null;
  service_id: number;
  priority: string;
  status: string;
  note: string;
  added_at: string;
  updated_at: string;
}

/** Groups, who is enrolled in them and who waits for a place. */
export interface GroupsTables {
  groups: GroupsTable;
  group_enrolments: GroupEnrolmentsTable;
  waiting_list: WaitingListTable;
}
