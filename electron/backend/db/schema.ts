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
  /** Set when the person's records were archived (retention): hidden from searches and lists, never deleted. */
  archived_at: Generated<string | null>;
  archived_by: Generated<string | null>;
}

export interface RetentionPolicyTable {
  id: number;
  years_after_discharge: number;
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

export interface SeriesTable {
  id: Generated<number>;
  service_id: number;
  specialist_id: number;
  room_id: number | null;
  beneficiary_id: number;
  mother_guardian_id: number | null;
  /** RFC 5545 text with a floating DTSTART. */
  rrule: string;
  duration_minutes: number;
  notes: string;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
}

export interface SeriesExceptionsTable {
  series_id: number;
  original_date: string;
  cancelled_reason: string | null;
  cancelled_note: string;
  moved_date: string | null;
  moved_time: string | null;
  moved_minutes: number | null;
  room_id: number | null;
  specialist_id: number | null;
  notes: string | null;
  kept_note: string | null;
}

export interface SessionsTable {
  id: Generated<number>;
  series_id: number | null;
  original_date: string | null;
  service_id: number;
  specialist_id: number;
  room_id: number | null;
  mother_guardian_id: number | null;
  date: string;
  start_time: string;
  minutes: number;
  start_at: string;
  end_at: string;
  status: string;
  cancel_reason: string | null;
  cancel_note: string;
  notes: string;
  created_at: string;
  updated_at: string;
  /** Set for a group's session (series_id is then null). */
  group_id: number | null;
  /** The date the group's timetable gave the session; differs from `date` once it is moved on its own. */
  group_original_date: string | null;
  /** 1 when a group session was moved or cancelled on its own: a new timetable leaves it as it is. */
  group_detached: Generated<number>;
}

export interface SessionBeneficiariesTable {
  session_id: number;
  beneficiary_id: number;
}

export interface BookingOverridesTable {
  id: Generated<number>;
  session_id: number | null;
  series_id: number | null;
  /** JSON array of clash kinds. */
  clash_kinds: string;
  reason: string;
  user_id: string | null;
  created_at: string;
  group_id: number | null;
  enrolment_id: number | null;
}

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

export interface AttendanceMarksTable {
  session_id: number;
  beneficiary_id: number;
  /** One of MARKS. */
  mark: string;
  /** Local "HH:MM" in the centre's zone. */
  arrived_at: string | null;
  departed_at: string | null;
  reason: string;
  note: string;
  marked_at: string;
  marked_by: string | null;
}

export interface AttendanceChangesTable {
  id: Generated<number>;
  session_id: number;
  beneficiary_id: number;
  changed_at: string;
  changed_by: string | null;
  /** JSON of the mark before the change; null when there was none. */
  before_json: string | null;
  /** JSON of the mark after the change; null when it was removed. */
  after_json: string | null;
}

export interface PlannedAbsencesTable {
  id: Generated<number>;
  beneficiary_id: number;
  start_date: string;
  end_date: string;
  reason: string;
  note: string;
  created_at: string;
  created_by: string | null;
}

export interface MakeupCreditsTable {
  id: Generated<number>;
  beneficiary_id: number;
  service_id: number;
  source_session_id: number;
  created_at: string;
  used_by_session_id: number | null;
}

export interface ProgrammesTable {
  id: Generated<number>;
  beneficiary_id: number;
  start_date: string;
  review_date: string;
  end_date: string;
  /** One of PROGRAMME_STATUSES. */
  status: string;
  previous_id: number | null;
  notes: Generated<string>;
  approved_by: string | null;
  approved_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProgrammeGoalsTable {
  id: Generated<number>;
  programme_id: number;
  position: number;
  goal: string;
  /** One of GOAL_DOMAINS. */
  domain: string;
  baseline: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface GoalLevelsTable {
  goal_id: number;
  /** −2 … +2. */
  level: number;
  description: string;
}

export interface GoalIcfCodesTable {
  goal_id: number;
  code: string;
  position: number;
}

export interface PrescriptionsTable {
  id: Generated<number>;
  programme_id: number;
  service_id: number;
  sessions_per_week: number;
  weeks: number;
  minutes: number;
  specialist_id: number | null;
  notes: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface PrescriptionSeriesTable {
  prescription_id: number;
  series_id: number;
  created_at: string;
  created_by: string | null;
}

export interface ProgrammeReviewsTable {
  id: Generated<number>;
  programme_id: number;
  review_date: string;
  reviewer_id: number | null;
  conclusion: string;
  created_by: string | null;
  created_at: string;
}

export interface ReviewGoalLevelsTable {
  review_id: number;
  goal_id: number;
  /** −2 … +2. */
  level: number;
}

export interface ProgressNotesTable {
  id: Generated<number>;
  session_id: number;
  beneficiary_id: number;
  /** One of NOTE_STATUSES. */
  status: string;
  what_was_done: Generated<string>;
  observations: Generated<string>;
  author_by: string | null;
  author_staff_id: number | null;
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  signed_by: string | null;
  signed_staff_id: number | null;
}

export interface ProgressNoteRatingsTable {
  note_id: number;
  goal_id: number;
  /** −2 … +2. */
  level: number;
}

export interface ProgressNoteAmendmentsTable {
  id: Generated<number>;
  note_id: number;
  text: string;
  author_by: string | null;
  author_staff_id: number | null;
  created_at: string;
}

export interface NoteTemplatesTable {
  id: Generated<number>;
  service_id: number;
  title: string;
  what_was_done: Generated<string>;
  observations: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface AccountsTable {
  id: string;
  username: string;
  username_key: string;
  display_name: string;
  password_hash: string;
  password_salt: string;
  /** JSON: { N, r, p, keylen }. */
  password_params: string;
  staff_id: number | null;
  active: number;
  must_change_password: number;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface AccountRolesTable {
  account_id: string;
  role: string;
}

export interface SignInThrottleTable {
  username_key: string;
  failed_count: number;
  locked_until: string | null;
  last_failed_at: string;
}

export interface AuthSettingsTable {
  id: number;
  lock_after_minutes: number;
}

export interface AuditCallsTable {
  id: Generated<number>;
  at: string;
  kind: string;
  action: string;
  user_id: string | null;
  user_name: string | null;
  beneficiary_id: number | null;
}

export interface AuditChangesTable {
  id: Generated<number>;
  call_id: number | null;
  at: string;
  table_name: string;
  operation: string;
  /** JSON objects. */
  row_key: string;
  before: string | null;
  after: string | null;
  beneficiary_id: number | null;
}

export interface AuditContextTable {
  id: number;
  call_id: number | null;
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
  series: SeriesTable;
  series_exceptions: SeriesExceptionsTable;
  sessions: SessionsTable;
  session_beneficiaries: SessionBeneficiariesTable;
  booking_overrides: BookingOverridesTable;
  groups: GroupsTable;
  group_enrolments: GroupEnrolmentsTable;
  waiting_list: WaitingListTable;
  attendance_marks: AttendanceMarksTable;
  attendance_changes: AttendanceChangesTable;
  planned_absences: PlannedAbsencesTable;
  makeup_credits: MakeupCreditsTable;
  retention_policy: RetentionPolicyTable;
  programmes: ProgrammesTable;
  programme_goals: ProgrammeGoalsTable;
  goal_levels: GoalLevelsTable;
  goal_icf_codes: GoalIcfCodesTable;
  prescriptions: PrescriptionsTable;
  prescription_series: PrescriptionSeriesTable;
  programme_reviews: ProgrammeReviewsTable;
  review_goal_levels: ReviewGoalLevelsTable;
  progress_notes: ProgressNotesTable;
  progress_note_ratings: ProgressNoteRatingsTable;
  progress_note_amendments: ProgressNoteAmendmentsTable;
  note_templates: NoteTemplatesTable;
  accounts: AccountsTable;
  account_roles: AccountRolesTable;
  sign_in_throttle: SignInThrottleTable;
  auth_settings: AuthSettingsTable;
  audit_calls: AuditCallsTable;
  audit_changes: AuditChangesTable;
  audit_context: AuditContextTable;
}
