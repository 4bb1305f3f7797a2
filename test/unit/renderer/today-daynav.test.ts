import { describe, expect, it } from 'vitest';
import { boardDate, dateSearch, dayMode, stepDay } from '../../../renderer/src/features/today/dayNav';

describe('Today board day navigation', () => {
  it('shows the date in the address when it is one, else today', () => {
    expect(boardDate('2026-03-16', '2026-11-22')).toBe('2026-03-16');
    expect(boardDate(null, '2026-11-22')).toBe('2026-11-22');
    expect(boardDate('2026-02-30', '2026-11-22')).toBe('2026-11-22');
    expect(boardDate('16.03.2026', '2026-11-22')).toBe('2026-11-22');
  });

  it('marks today, corrects a past day and only shows a day still to come', () => {
    expect(dayMode('2026-11-22', '2026-11-22')).toBe('today');
    expect(dayMode('2026-11-21', '2026-11-22')).toBe('past');
    expect(dayMode('2025-12-31', '2026-11-22')).toBe('past');
    expect(dayMode('2026-11-23', '2026-11-22')).toBe('future');
  });

  it('keeps the home address for today and steps over month and year ends', () => {
    expect(dateSearch('2026-11-22', '2026-11-22')).toBe('');
    expect(dateSearch('2026-11-21', '2026-11-22')).toBe('?date=2026-11-21');
    expect(stepDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(stepDay('2026-12-31', 1)).toBe('2027-01-01');
  });
});
