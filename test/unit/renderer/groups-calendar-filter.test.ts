import { describe, expect, it } from 'vitest';
import {
  isFiltered,
  NO_FILTERS,
  rangeFilters,
  readFilters,
  writeFilters,
} from '../../../renderer/src/features/calendar/filters/calendarFilters';

describe('the calendar’s group filter', () => {
  it('is kept in the address and sent to schedule.range', () => {
    const params = writeFilters(new URLSearchParams('view=week'), { ...NO_FILTERS, groupId: 12 });
    expect(params.toString()).toBe('view=week&group=12');
    const read = readFilters(params);
    expect(read.groupId).toBe(12);
    expect(isFiltered(read)).toBe(true);
    expect(rangeFilters(read)).toEqual({ groupId: 12, includeCancelled: false });
  });

  it('ignores what is not a record id', () => {
    expect(readFilters(new URLSearchParams('group=abc')).groupId).toBeNull();
    expect(writeFilters(new URLSearchParams('group=3'), NO_FILTERS).toString()).toBe('');
  });
});
