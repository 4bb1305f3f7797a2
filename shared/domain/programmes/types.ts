/** An individual programme: one beneficiary, one period, functional goals, prescribed services and reviews. */

export const PROGRAMME_STATUSES = ['draft', 'active', 'reviewed', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** The functional domains goals are grouped by; "family" covers the mother and family in early intervention. */
export const GOAL_DOMAINS = [
  'movement',
  'communication',
  'self_care',
  'learning',
  'social',
  'family',
] as const;
export type GoalDomain = (typeof GOAL_DOMAINS)[number];

/** Goal Attainment Scaling: −2 much less than expected … 0 the expected outcome … +2 much more than expected. */
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];

/** The five descriptions of a goal's scale, ordered −2, −1, 0, +1, +2 (index = level + 2). */
export type GasScale = [string, string, string, string, string];

export interface Programme {
  id: number;
  beneficiaryId: number;
  startDate: string;
  reviewDate: string;
  endDate: string;
  status: ProgrammeStatus;
  /** The programme whose review started this one. */
  previousId: number | null;
  notes: string;
  /** Account ids; null for the local operator before accounts exist. */
  approvedBy: string | null;
  approvedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Goal {
  id: number;
  programmeId: number;
  position: number;
  /** The functional goal in plain words. */
  goal: string;
  domain: GoalDomain;
  /** ICF-CY codes, lower case ("d330", "b1670"). */
  icfCodes: string[];
  baseline: string;
  scale: GasScale;
}

export interface PrescriptionCounts {
  /** Sessions per week × weeks. */
  prescribed: number;
  /** Sessions of the linked series that are not cancelled. */
  booked: number;
  /** Sessions of the linked series the person attended (present or late). */
  delivered: number;
}

export interface Prescription {
  id: number;
  programmeId: number;
  serviceId: number;
  sessionsPerWeek: number;
  weeks: number;
  minutes: number;
  specialistId: number | null;
  notes: string;
  /** The series booked for it, oldest first. */
  seriesIds: number[];
  counts: PrescriptionCounts;
}

export interface ReviewGoalLevel {
  goalId: number;
  level: GasLevel;
}

export interface Review {
  id: number;
  programmeId: number;
  reviewDate: string;
  /** The staff member who led the review. */
  reviewerId: number | null;
  conclusion: string;
  levels: ReviewGoalLevel[];
  createdBy: string | null;
  createdAt: string;
}

/** Who the programme is for, as lists and headings show it. */
export interface ProgrammePerson {
  id: number;
  familyName: string;
  givenName: string;
  patronymic: string;
  birthDate: string;
}

export interface ProgrammeListItem extends Programme {
  beneficiary: ProgrammePerson;
  goalCount: number;
  /** Active with its review date today or past. */
  dueForReview: boolean;
  lastReviewDate: string | null;
}

export interface ProgrammeDetail {
  programme: Programme;
  beneficiary: ProgrammePerson;
  goals: Goal[];
  prescriptions: Prescription[];
  /** Newest first. */
  reviews: Review[];
  /** The programme started from this one's review, if any. */
  nextId: number | null;
  dueForReview: boolean;
}
