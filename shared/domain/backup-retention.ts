import { addDays } from './calendar';

/** How long backups are kept: every one from today, the newest of each day for a month, of each month for a year. */
export interface RetentionRule {
  days: number;
  months: number;
}

export const DEFAULT_RETENTION: RetentionRule = { days: 30, months: 12 };

export interface DatedBackup {
  name: string;
  /** The centre's calendar date the backup was taken on, YYYY-MM-DD. */
  day: string;
  /** ISO instant, to order backups within a day. */
  createdAt: string;
}

function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/**
 * The names of the backups to keep. Never fewer than one: the newest always stays, and so does anything dated
 * after today (a clock set wrong must not make the app delete what it cannot place).
 */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  today: string,
  rule: RetentionRule = DEFAULT_RETENTION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set<string>();
  const firstDay = addDays(today, -(rule.days - 1));
  const firstMonth = monthIndex(today) - (rule.months - 1);
  const daysSeen = new Set<string>();
  const monthsSeen = new Set<number>();
  for (const backup of newestFirst) {
    const month = monthIndex(backup.day);
    if (backup.day >= today) keep.add(backup.name);
    else if (backup.day >= firstDay && !daysSeen.has(backup.day)) keep.add(backup.name);
    else if (month >= firstMonth && !monthsSeen.has(month)) keep.add(backup.name);
    daysSeen.add(backup.day);
    monthsSeen.add(month);
  }
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  return keep;
}
