import { describe, expect, it } from 'vitest';
import { calendarDateIn } from '../../../renderer/src/lib/zonedDate';

describe("today's date in the centre's time zone", () => {
  it('is already the next day in Tashkent while UTC is still on the previous one', () => {
    const instant = new Date('2026-01-05T19:30:00Z');
    expect(calendarDateIn(instant, 'Asia/Tashkent')).toBe('2026-01-06');
    expect(calendarDateIn(instant, 'UTC')).toBe('2026-01-05');
  });

  it('falls back to a date for an unknown zone instead of failing', () => {
    expect(calendarDateIn(new Date('2026-03-21T12:00:00Z'), 'Not/AZone')).toMatch(/^2026-03-2[01]$/);
  });
});
