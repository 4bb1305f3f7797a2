import type { Generated } from 'kysely';

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

/** Individual programmes: goals, their levels and ICF codes, prescriptions and reviews. */
export interface ProgrammesTables {
  programmes: ProgrammesTable;
  programme_goals: ProgrammeGoalsTable;
  goal_levels: GoalLevelsTable;
  goal_icf_codes: GoalIcfCodesTable;
  prescriptions: PrescriptionsTable;
  prescription_series: PrescriptionSeriesTable;
  programme_reviews: ProgrammeReviewsTable;
  review_goal_levels: ReviewGoalLevelsTable;
}
