import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/calendar';
import { openTestBackend, testDir } from './backend-fixture';
import { booking, NOW, openCentre, sessionRows } from './schedule-fixture';

describe('schedule.book: two windows racing for one slot', () => {
  it('lets exactly one of two backends on the same file win each of 50 rounds', async () => {
    const dataDir = testDir();
    const centre = await openCentre(dataDir);
    const other = await openTestBackend({ dataDir, clock: () => NOW });
    for (let round = 0; round < 50; round++) {
      // Weekdays from Monday 1 June, no public holiday among them, so that only the race decides.
      const week = Math.floor(round / 5);
      const date = addDays('2026-06-01', week * 7 + (round % 5));
      const slot = booking(centre, { date, startTime: '10:00' });
      const results = await Promise.all([
        centre.backend.handle('schedule.book', slot),
        other.handle('schedule.book', { ...slot, beneficiaryId: centre.sister, roomId: centre.hall }),
      ]);
      const winners = results.filter((r) => r.ok);
      const losers = results.filter((r) => !r.ok);
      expect(winners, `round ${round} on ${date}`).toHaveLength(1);
      expect(losers.map((r) => (r.ok ? null : r.error.code))).toEqual(['CONFLICT']);
    }
    const rows = await sessionRows(centre.backend);
    expect(rows).toHaveLength(50);
    // Nothing half-written: every session has its one person, and no person row is left without a session.
    const people = await centre.backend.db.selectFrom('session_beneficiaries').selectAll().execute();
    expect(people).toHaveLength(50);
    expect(new Set(people.map((p) => p.session_id))).toEqual(new Set(rows.map((r) => r.id)));
  });
});
