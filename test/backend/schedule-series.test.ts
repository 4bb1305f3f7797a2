import { describe, expect, it } from 'vitest';
import { booking, call, openCentre, refusal, sessionRows, type Centre } from './schedule-fixture';

/** "Speech therapy Mon/Wed 10:00 for 12 weeks" from Monday 1 June 2026: no public holiday in the way. */
function summerCourse(centre: Centre) {
  return booking(centre, {
    date: '2026-06-01',
    repeat: { weekdays: [1, 3], intervalWeeks: 1, end: { kind: 'count', count: 24 } },
  });
}

async function dates(centre: Centre, status = 'scheduled') {
  return (await sessionRows(centre.backend)).filter((r) => r.status === status).map((r) => r.date);
}

describe('schedule.book: series', () => {
  it('books Mon/Wed at 10:00 for twelve weeks as 24 sessions on the exact dates', async () => {
    const centre = await openCentre();
    const result = await call(centre.backend, 'schedule.book', summerCourse(centre));
    expect(result.sessionIds).toHaveLength(24);
    const expected: string[] = [];
    for (let week = 0; week < 12; week++)
      for (const offset of [0, 2]) {
        const day = new Date(Date.UTC(2026, 5, 1 + week * 7 + offset));
        expected.push(day.toISOString().slice(0, 10));
      }
    expect(await dates(centre)).toEqual(expected);
    expect(expected.at(-1)).toBe('2026-08-19');
    const rows = await sessionRows(centre.backend);
    expect(
      rows.every((r) => r.start_time === '10:00' && r.minutes === 45 && r.series_id === result.seriesId),
    ).toBe(true);
    const series = await centre.backend.db.selectFrom('series').selectAll().executeTakeFirstOrThrow();
    expect(series.rrule).toBe(
      'DTSTART:20260601T100000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,WE;COUNT=24',
    );
  });

  it('refuses a rule with field-level messages', async () => {
    const centre = await openCentre();
    const result = await centre.backend.handle(
      'schedule.book',
      booking(centre, { repeat: { weekdays: [], intervalWeeks: 1, end: { kind: 'count', count: 500 } } }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { 'repeat.weekdays': { key: 'schedule.validation.weekdays' } } },
      },
    });
  });

  it('shows sessions on closures until each is skipped, moved or kept', async () => {
    const centre = await openCentre();
    // From 16 March: Navroʻz moved to Monday 23 March, 11 May, and Qurbon hayiti on Wednesday 27 May.
    const course = booking(centre, {
      repeat: { weekdays: [1, 3], intervalWeeks: 1, end: { kind: 'count', count: 24 } },
    });
    const asked = refusal(await centre.backend.handle('schedule.book', course));
    expect(asked.needsDecision.map((n) => [n.occurrence.date, n.reasons[0]!.kind])).toEqual([
      ['2026-03-23', 'closure'],
      ['2026-05-11', 'closure'],
      ['2026-05-27', 'closure'],
    ]);
    expect(await sessionRows(centre.backend)).toEqual([]);

    const decided = await call(centre.backend, 'schedule.book', {
      ...course,
      decisions: [
        { originalDate: '2026-03-23', choice: 'skip', reason: 'centre', note: 'Navroʻz' },
        {
          originalDate: '2026-05-11',
          choice: 'move',
          to: { date: '2026-05-12', startTime: '11:00', durationMinutes: 45 },
        },
        { originalDate: '2026-05-27', choice: 'keep', note: 'Family asked to come anyway' },
      ],
    });
    expect(decided.sessionIds).toHaveLength(24);
    const rows = await sessionRows(centre.backend);
    expect(rows.find((r) => r.original_date === '2026-03-23')).toMatchObject({
      status: 'cancelled',
      cancel_reason: 'centre',
    });
    expect(rows.find((r) => r.original_date === '2026-05-11')).toMatchObject({
      date: '2026-05-12',
      start_time: '11:00',
      status: 'scheduled',
    });
    expect(rows.find((r) => r.original_date === '2026-05-27')).toMatchObject({
      date: '2026-05-27',
      status: 'scheduled',
    });
    const exceptions = await centre.backend.db.selectFrom('series_exceptions').selectAll().execute();
    expect(exceptions.map((e) => e.original_date)).toEqual(['2026-03-23', '2026-05-11', '2026-05-27']);
  });

  it('keeps a moved session where it was put when the series’ time changes', async () => {
    const centre = await openCentre();
    await call(centre.backend, 'schedule.book', summerCourse(centre));
    const rows = await sessionRows(centre.backend);
    const third = rows[2]!;
    await call(centre.backend, 'schedule.move', {
      sessionId: third.id,
      date: '2026-06-09',
      startTime: '14:00',
      minutes: 45,
    });
    await call(centre.backend, 'schedule.editSeries', {
      sessionId: rows[0]!.id,
      scope: 'all',
      changes: { startTime: '11:00' },
    });
    const after = await sessionRows(centre.backend);
    expect(after).toHaveLength(24);
    expect(after.find((r) => r.original_date === third.date)).toMatchObject({
      id: third.id,
      date: '2026-06-09',
      start_time: '14:00',
    });
    expect(after.filter((r) => r.original_date !== third.date).every((r) => r.start_time === '11:00')).toBe(
      true,
    );
  });

  it('refuses an edit that clashes and leaves everything as it was', async () => {
    const centre = await openCentre();
    await call(centre.backend, 'schedule.book', summerCourse(centre));
    await call(
      centre.backend,
      'schedule.book',
      booking(centre, {
        beneficiaryId: centre.sister,
        roomId: centre.hall,
        date: '2026-06-17',
        startTime: '11:00',
      }),
    );
    const before = await sessionRows(centre.backend);
    const conflict = refusal(
      await centre.backend.handle('schedule.editSeries', {
        sessionId: before[0]!.id,
        scope: 'all',
        changes: { startTime: '11:00' },
      }),
    );
    expect(conflict.clashes.map((c) => c.date)).toEqual(['2026-06-17']);
    expect(await sessionRows(centre.backend)).toEqual(before);
  });

  it('cancels this, this and following, and all', async () => {
    const centre = await openCentre();
    await call(centre.backend, 'schedule.book', summerCourse(centre));
    const rows = await sessionRows(centre.backend);
    const one = await call(centre.backend, 'schedule.cancel', {
      sessionId: rows[1]!.id,
      scope: 'this',
      reason: 'illness',
    });
    expect(one.cancelled).toEqual([rows[1]!.id]);
    const following = await call(centre.backend, 'schedule.cancel', {
      sessionId: rows[20]!.id,
      scope: 'following',
      reason: 'family',
      note: 'Moving to Tashkent',
    });
    expect(following.cancelled).toEqual(rows.slice(20).map((r) => r.id));
    expect(await dates(centre, 'cancelled')).toEqual([rows[1]!.date, ...rows.slice(20).map((r) => r.date)]);
    const all = await call(centre.backend, 'schedule.cancel', {
      sessionId: rows[5]!.id,
      scope: 'all',
      reason: 'centre',
    });
    expect(all.cancelled).toHaveLength(24 - 5);
    const after = await sessionRows(centre.backend);
    expect(after.every((r) => r.status === 'cancelled')).toBe(true);
    // Earlier cancellations keep their own reason.
    expect(after[1]).toMatchObject({ cancel_reason: 'illness' });
    const week = await call(centre.backend, 'schedule.range', {
      from: '2026-06-01',
      to: '2026-06-07',
      includeCancelled: true,
    });
    expect(week.map((s) => s.status)).toEqual(['cancelled', 'cancelled']);
    expect(await call(centre.backend, 'schedule.range', { from: '2026-06-01', to: '2026-06-07' })).toEqual(
      [],
    );
  });

  it('edits this and the following sessions as a new series, the earlier ones unchanged', async () => {
    const centre = await openCentre();
    const { seriesId } = await call(centre.backend, 'schedule.book', summerCourse(centre));
    const rows = await sessionRows(centre.backend);
    const result = await call(centre.backend, 'schedule.editSeries', {
      sessionId: rows[10]!.id,
      scope: 'following',
      changes: { weekdays: [2, 4], startTime: '09:00' },
    });
    expect(result.seriesId).not.toBe(seriesId);
    const after = await sessionRows(centre.backend);
    expect(after).toHaveLength(24);
    expect(after.slice(0, 10)).toEqual(rows.slice(0, 10));
    expect(after.slice(10).every((r) => r.series_id === result.seriesId && r.start_time === '09:00')).toBe(
      true,
    );
    expect(new Set(after.slice(10).map((r) => new Date(r.date).getUTCDay()))).toEqual(new Set([2, 4]));
  });
});
