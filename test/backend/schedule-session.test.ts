import { describe, expect, it } from 'vitest';
import { booking, call, openCentre, sessionRows, type Centre } from './schedule-fixture';

/**
 * Mon/Wed at 10:00, 8 sessions from Monday 2 March 2026 (the backend's today is Tuesday 10 March): kept on the
 * transferred Women's Day (9 March), skipped on the transferred Navroʻz (23 March).
 */
function course(centre: Centre) {
  return booking(centre, {
    date: '2026-03-02',
    motherGuardianId: centre.mother,
    notes: 'Bring the picture cards',
    repeat: { weekdays: [1, 3], intervalWeeks: 1, end: { kind: 'count', count: 8 } },
    decisions: [
      { originalDate: '2026-03-09', choice: 'keep', note: '' },
      { originalDate: '2026-03-23', choice: 'skip', reason: 'centre', note: '' },
    ],
  });
}

describe('schedule.session', () => {
  it('gives a single session with the names of everyone in it', async () => {
    const centre = await openCentre();
    const { sessionIds } = await call(
      centre.backend,
      'schedule.book',
      booking(centre, { motherGuardianId: centre.mother }),
    );
    const details = await call(centre.backend, 'schedule.session', { id: sessionIds[0]! });
    expect(details).toMatchObject({
      id: sessionIds[0],
      seriesId: null,
      date: '2026-03-16',
      startTime: '10:00',
      minutes: 45,
      service: { id: centre.speech },
      specialist: { id: centre.specialist, name: 'Karimova Dilnoza' },
      room: { id: centre.room, name: 'Logoped xonasi' },
      mother: { id: centre.mother },
      status: 'scheduled',
      cancelReason: null,
      series: null,
    });
    expect(details.service.names['uz-Latn']).not.toBe('');
    expect(details.beneficiaries.map((b) => b.id)).toEqual([centre.child]);
    expect(details.beneficiaries[0]!.name).toMatch(/\S+ \S+/);
    expect(details.mother!.name).toMatch(/\S+ \S+/);
  });

  it('tells a moved session of a series, the rule and how many sessions are left', async () => {
    const centre = await openCentre();
    const { seriesId } = await call(centre.backend, 'schedule.book', course(centre));
    const rows = await sessionRows(centre.backend);
    // 2, 4, 9, 11, 16, 18, 23 (skipped) and 25 March: the 16th is moved to the Tuesday at 14:00.
    const fifth = rows[4]!;
    await call(centre.backend, 'schedule.move', {
      sessionId: fifth.id,
      date: '2026-03-17',
      startTime: '14:00',
      minutes: 30,
    });
    await call(centre.backend, 'schedule.cancel', { sessionId: rows[5]!.id, reason: 'illness', note: 'Flu' });

    const moved = await call(centre.backend, 'schedule.session', { id: fifth.id });
    expect(moved).toMatchObject({
      seriesId,
      date: '2026-03-17',
      startTime: '14:00',
      minutes: 30,
      notes: 'Bring the picture cards',
      series: {
        rule: {
          startDate: '2026-03-02',
          startTime: '10:00',
          durationMinutes: 45,
          weekdays: [1, 3],
          intervalWeeks: 1,
          end: { kind: 'count', count: 8 },
        },
        originalDate: '2026-03-16',
        moved: true,
        changed: false,
        scheduledCount: 6,
        // 11, (16 moved to) 17 and 25 March; 18 and 23 March are cancelled, 2–9 March past.
        remainingCount: 3,
        cancelledAt: null,
      },
    });

    const other = await call(centre.backend, 'schedule.session', { id: rows[3]!.id });
    expect(other.series).toMatchObject({ originalDate: '2026-03-11', moved: false, changed: false });

    const cancelled = await call(centre.backend, 'schedule.session', { id: rows[5]!.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'illness', cancelNote: 'Flu' });
  });

  it('tells a session moved to another room as changed', async () => {
    const centre = await openCentre();
    await call(centre.backend, 'schedule.book', course(centre));
    const row = (await sessionRows(centre.backend))[3]!;
    await call(centre.backend, 'schedule.move', {
      sessionId: row.id,
      date: row.date,
      startTime: row.start_time,
      minutes: row.minutes,
      roomId: centre.hall,
    });
    const details = await call(centre.backend, 'schedule.session', { id: row.id });
    expect(details.room).toEqual({ id: centre.hall, name: 'Zal' });
    expect(details.series).toMatchObject({ moved: false, changed: true });
  });

  it('answers NOT_FOUND for a session that does not exist', async () => {
    const centre = await openCentre();
    const result = await centre.backend.handle('schedule.session', { id: 999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
