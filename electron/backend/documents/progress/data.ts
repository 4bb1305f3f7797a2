import type { GasLevel } from '../../../../shared/domain/notes';
import type { Language } from '../../../../shared/domain/languages';

/** What one child's progress report prints: plain, cloneable data, names already in the report's language. */
export interface ProgressReportData {
  language: Language;
  centreName: string;
  /** The centre's today, "YYYY-MM-DD". */
  printedOn: string;
  from: string;
  to: string;
  child: {
    name: string;
    birthDate: string;
    pinfl: string | null;
    address: string;
    guardian: string | null;
  };
  programmes: ReportProgramme[];
  attendance: ReportAttendance[];
  conclusions: ReportConclusion[];
  /** Who delivered the child's sessions in the period, for the signature lines. */
  specialists: string[];
}

export interface ReportProgramme {
  startDate: string;
  reviewDate: string;
  endDate: string;
  status: 'draft' | 'active' | 'reviewed' | 'closed';
  goals: ReportGoal[];
  prescriptions: Array<{
    service: string;
    perWeek: number;
    weeks: number;
    minutes: number;
    specialist: string | null;
  }>;
}

export interface ReportGoal {
  goal: string;
  domain: string;
  baseline: string;
  icf: string[];
  /** The scale's words, −2 … +2; empty strings where a level was not described. */
  scale: string[];
  /** Levels from signed notes and reviews in the period, one per date, by date. */
  points: Array<{ date: string; level: GasLevel }>;
}

export interface ReportAttendance {
  service: string;
  sessions: number;
  attended: number;
  absentExcused: number;
  absentUnexcused: number;
  cancelled: number;
}

export interface ReportConclusion {
  kind: 'review' | 'note';
  date: string;
  /** The service for a note; null for a review. */
  service: string | null;
  author: string | null;
  text: string;
}
