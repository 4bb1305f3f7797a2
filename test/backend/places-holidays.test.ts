import { describe, expect, it } from 'vitest';
import { ensureHolidays, publicHolidays } from '../../electron/backend/places';
import { openTestBackend } from './backend-fixture';
import { call } from './places-fixture';

// Years the backend's own start-up fill (real clock) cannot reach, so each test sees only its own fill.
const NOW = new Date('2031-06-15T10:00:00Z');

async function holidaysOf(backend: Awaited<ReturnType<typeof openTestBackend>>, year: number) {
  return (await call(backend, 'closures.list', { from: `${year}-01-01`, to: `${year}-12-31` })).filter(
    (closure) => closure.holiday !== null,
  );
}

describe('public holidays', () => {
  it('come from the calendar on their written day, the moving feasts included', async () => {
    const holidays = await publicHolidays(2026);
    const on = (rule: string, transferred = false) =>
      holidays.find((h) => h.rule === rule && h.transferred === transferred)?.date;
    expect(on('new_year')).toBe('2026-01-01');
    expect(on('navruz')).toBe('2026-03-21');
    expect(on('navruz', true)).toBe('2026-03-23');
    // The calendar writes these with a foreign offset ("2026-03-20 00:00:00 -0600"); the day must not shift.
    expect(on('ramazon_hayit')).toBe('2026-03-20');
    expect(on('qurbon_hayit')).toBe('2026-05-27');
    expect(on('independence_day')).toBe('2026-09-01');
    expect(new Set(holidays.map((h) => h.rule)).size).toBe(9);
  });

  it('are filled in for the current and the next year of the centre, once', async () => {
    const backend = await openTestBackend();
    const added = await ensureHolidays(backend.db, NOW);
    const thisYear = await holidaysOf(backend, 2031);
    const nextYear = await holidaysOf(backend, 2032);
    expect(added).toBe(thisYear.length + nextYear.length);
    expect(thisYear.length).toBeGreaterThanOrEqual(9);
    expect(nextYear.length).toBeGreaterThanOrEqual(9);
    expect(thisYear.every((c) => c.kind === 'holiday' && c.holiday?.year === 2031)).toBe(true);
    expect(thisYear.find((c) => c.holiday?.rule === 'independence_day')).toMatchObject({
      startDate: '2031-09-01',
      endDate: '2031-09-01',
      name: 'Mustaqillik kuni',
      holiday: { year: 2031, rule: 'independence_day', transferred: false },
    });

    expect(await ensureHolidays(backend.db, NOW)).toBe(0);
    expect(await holidaysOf(backend, 2031)).toEqual(thisYear);
  });

  it('keep a manager’s correction of a moving feast and stay deleted when deleted', async () => {
    const backend = await openTestBackend();
    await ensureHolidays(backend.db, NOW);
    const [qurbon] = (await holidaysOf(backend, 2031)).filter((c) => c.holiday?.rule === 'qurbon_hayit');
    const womensDay = (await holidaysOf(backend, 2031)).find((c) => c.holiday?.rule === 'womens_day');
    const corrected = await call(backend, 'closures.update', {
      id: qurbon!.id,
      kind: 'holiday',
      name: qurbon!.name,
      startDate: '2031-03-29',
      endDate: '2031-03-29',
    });
    expect(corrected.holiday).toEqual(qurbon!.holiday);
    await call(backend, 'closures.delete', { id: womensDay!.id });

    // The next start, even a year later, neither moves the corrected date back nor brings the deleted day back.
    await ensureHolidays(backend.db, NOW);
    await ensureHolidays(backend.db, new Date('2032-01-10T00:00:00Z'));
    const after = await holidaysOf(backend, 2031);
    expect(after.find((c) => c.id === qurbon!.id)).toMatchObject({ startDate: '2031-03-29' });
    expect(after.filter((c) => c.holiday?.rule === 'qurbon_hayit' && !c.holiday.transferred)).toHaveLength(1);
    expect(after.find((c) => c.holiday?.rule === 'womens_day' && !c.holiday.transferred)).toBeUndefined();
    // …while the new next year is filled in.
    expect((await holidaysOf(backend, 2033)).length).toBeGreaterThanOrEqual(9);
  });

  it('stay deleted even when every filled-in holiday of a year is deleted', async () => {
    const backend = await openTestBackend();
    await ensureHolidays(backend.db, NOW);
    for (const holiday of await holidaysOf(backend, 2031))
      await call(backend, 'closures.delete', { id: holiday.id });
    expect(await holidaysOf(backend, 2031)).toEqual([]);
    expect(await ensureHolidays(backend.db, NOW)).toBe(0);
    expect(await holidaysOf(backend, 2031)).toEqual([]);
    const hidden = await backend.db
      .selectFrom('closures')
      .select('id')
      .where('holiday_key', 'like', '2031:%')
      .where('dismissed_at', 'is not', null)
      .execute();
    expect(hidden.length).toBeGreaterThanOrEqual(9);
  });

  it('count the year in the centre’s time zone', async () => {
    const backend = await openTestBackend();
    // 31 December 2031, 20:00 UTC is already 1 January 2032 in Tashkent (UTC+5).
    await ensureHolidays(backend.db, new Date('2031-12-31T20:00:00Z'));
    expect(await holidaysOf(backend, 2031)).toEqual([]);
    expect((await holidaysOf(backend, 2033)).length).toBeGreaterThanOrEqual(9);
  });
});
