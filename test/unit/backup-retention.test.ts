import { describe, expect, it } from 'vitest';
import { backupsToKeep, type DatedBackup } from '../../shared/domain/backup-retention';
import { addDays } from '../../shared/domain/calendar';

const TODAY = '2026-11-22';

/** One backup at each of the given hours on a day. */
function on(day: string, ...hours: number[]): DatedBackup[] {
  return hours.map((hour) => {
    const time = `${String(hour).padStart(2, '0')}:00`;
    return { name: `${day}T${time}`, day, createdAt: `${day}T${time}:00.000Z` };
  });
}

describe('backupsToKeep', () => {
  it('keeps every backup from today', () => {
    const today = on(TODAY, 2, 6, 10, 14);
    expect([...backupsToKeep(today, TODAY)].sort()).toEqual(today.map((b) => b.name).sort());
  });

  it('keeps the newest of each earlier day for 30 days', () => {
    const backups = [...on('2026-11-21', 8, 12, 16), ...on('2026-10-24', 9, 17), ...on('2026-10-23', 9, 17)];
    const keep = backupsToKeep(backups, TODAY);
    expect(keep.has('2026-11-21T16:00')).toBe(true);
    expect(keep.has('2026-11-21T08:00')).toBe(false);
    expect(keep.has('2026-11-21T12:00')).toBe(false);
    // 24 October is the 30th day counting today; 23 October falls to the monthly rule.
    expect(keep.has('2026-10-24T17:00')).toBe(true);
    expect(keep.has('2026-10-24T09:00')).toBe(false);
    expect(keep.has('2026-10-23T17:00')).toBe(false);
  });

  it('keeps the newest of each month for 12 months, then nothing older', () => {
    const backups = [
      ...on('2026-09-30', 18),
      ...on('2026-09-02', 18),
      ...on('2025-12-31', 18),
      ...on('2025-11-30', 18),
      ...on('2026-11-21', 18),
    ];
    const keep = backupsToKeep(backups, TODAY);
    expect(keep.has('2026-09-30T18:00')).toBe(true);
    expect(keep.has('2026-09-02T18:00')).toBe(false);
    expect(keep.has('2025-12-31T18:00')).toBe(true);
    expect(keep.has('2025-11-30T18:00')).toBe(false);
  });

  it('a year of backups every 4 hours comes down to today’s, 29 daily and 10 monthly ones', () => {
    const backups: DatedBackup[] = [];
    for (let back = 0; back < 365; back++) backups.push(...on(addDays(TODAY, -back), 0, 4, 8, 12, 16, 20));
    const keep = backupsToKeep(backups, TODAY);
    // October and November are already kept by their days: December 2025 to September 2026 by month.
    expect(keep.size).toBe(6 + 29 + 10);
  });

  it('never removes the last backup, however old, nor one dated after today', () => {
    expect([...backupsToKeep(on('2020-01-01', 9), TODAY)]).toEqual(['2020-01-01T09:00']);
    const future = on('2027-01-05', 9);
    expect(backupsToKeep([...future, ...on(TODAY, 1)], TODAY).has('2027-01-05T09:00')).toBe(true);
  });
});
