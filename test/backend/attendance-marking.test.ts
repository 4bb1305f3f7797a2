import { describe, expect, it } from 'vitest';
import { call, NOW, RECEPTIONIST } from './schedule-fixture';
import { bookMonday, fieldsOf, openAttendanceCentre } from './attendance-fixture';

/** Monday 16 March 2026 in Tashkent (UTC+5): 10:12 and 16:40. */
const MONDAY_10_12 = '2026-03-16T05:12:00Z';
const MONDAY_16_40 = '2026-03-16T11:40:00Z';

describe('attendance.mark', () => {
  it('marks arrival with the time of the click on today’s session and shows it on the Today board', async () => {
    const centre = await openAttendanceCentre();
    const sessionId = await bookMonday(centre);
    centre.setNow(MONDAY_10_12);
    const marked = await call(centre.backend, 'attendance.mark', {
      sessionId,
      beneficiaryId: centre.child,
      mark: 'present',
    });
    expect(marked).toMatchObject({ mark: 'present', arrivedAt: '10:12', departedAt: null, markedBy: null });
    expect(marked.markedAt).toBe(new Date(MONDAY_10_12).toISOString());

    const day = await call(centre.backend, 'attendance.day', { date: '2026-03-16' });
    expect(day.today).toBe('2026-03-16');
    expect(day.sessions).toHaveLength(1);
    expect(day.sessions[0]).toMatchObject({
      sessionId,
      startTime: '10:00',
      status: 'scheduled',
      dayCare: false,
    });
    expect(day.sessions[0]!.people).toEqual([
      {
        beneficiaryId: centre.child,
        name: 'Karimov Shahzod Alisher oʻgʻli',
        mark: expect.objectContaining({ mark: 'present', arrivedAt: '10:12' }),
        expected: null,
      },
    ]);
  });

  it('refuses a mark for a date after the centre’s today and writes nothing', async () => {
    const centre = await openAttendanceCentre();
    const sessionId = await bookMonday(centre);
    centre.setNow(NOW.toISOString());
    const result = await centre.backend.handle('attendance.mark', {
      sessionId,
      beneficiaryId: centre.child,
      mark: 'present',
    });
    expect(fieldsOf(result)).toEqual({ sessionId: { key: 'attendance.validation.futureDate' } });
    expect(await centre.backend.db.selectFrom('attendance_marks').selectAll().execute()).toEqual([]);
    const roll = await centre.backend.handle('attendance.rollCall', { sessionId, present: 'all' });
    expect(fieldsOf(roll)).toEqual({ sessionId: { key: 'attendance.validation.futureDate' } });
  });

  it('refuses an excused absence without a reason, times for an absence, and someone not on the session', async () => {
    const centre = await openAttendanceCentre();
    const sessionId = await bookMonday(centre);
    centre.setNow(MONDAY_10_12);
    const noReason = await centre.backend.handle('attendance.mark', {
      sessionId,
      beneficiaryId: centre.child,
      mark: 'absent_excused',
      arrivedAt: '10:00',
    });
    expect(fieldsOf(noReason)).toEqual({
      reason: { key: 'attendance.validation.reasonRequired' },
      arrivedAt: { key: 'attendance.validation.timeOnlyWhenAttended' },
    });
    const stranger = await centre.backend.handle('attendance.mark', {
      sessionId,
      beneficiaryId: centre.sister,
      mark: 'present',
    });
    expect(fieldsOf(stranger)).toEqual({ beneficiaryId: { key: 'attendance.validation.notOnSession' } });
    expect(await centre.backend.db.selectFrom('attendance_marks').selectAll().execute()).toEqual([]);
  });

  it('records each correction with who made it, when, and the mark before and after', async () => {
    const centre = await openAttendanceCentre();
    const sessionId = await bookMonday(centre);
    centre.setNow(MONDAY_10_12);
    const key = { sessionId, beneficiaryId: centre.child };
    await call(centre.backend, 'attendance.mark', { ...key, mark: 'present' });
    // The same mark again (a double click) is not a correction.
    await call(centre.backend, 'attendance.mark', { ...key, mark: 'present' });
    expect((await call(centre.backend, 'attendance.history', key)).changes).toEqual([]);

    centre.setNow(MONDAY_16_40);
    await call(
      centre.backend,
      'attendance.mark',
      { ...key, mark: 'absent_excused', reason: 'Shamollagan', note: 'Onasi qoʻngʻiroq qildi' },
      RECEPTIONIST,
    );
    const history = await call(centre.backend, 'attendance.history', key);
    expect(history.current).toMatchObject({
      mark: 'absent_excused',
      arrivedAt: null,
      reason: 'Shamollagan',
      markedBy: 'reception',
    });
    expect(history.changes).toEqual([
      {
        changedAt: new Date(MONDAY_16_40).toISOString(),
        changedBy: 'reception',
        before: { mark: 'present', arrivedAt: '10:12', departedAt: null, reason: '', note: '' },
        after: {
          mark: 'absent_excused',
          arrivedAt: null,
          departedAt: null,
          reason: 'Shamollagan',
          note: 'Onasi qoʻngʻiroq qildi',
        },
      },
    ]);
  });

  it('records a departure without moving the arrival recorded earlier (day care)', async () => {
    const centre = await openAttendanceCentre();
    const sessionId = await bookMonday(centre);
    centre.setNow(MONDAY_10_12);
    const key = { sessionId, beneficiaryId: centre.child };
    await call(centre.backend, 'attendance.mark', { ...key, mark: 'late', arrivedAt: '10:07' });
    centre.setNow(MONDAY_16_40);
    const left = await call(centre.backend, 'attendance.mark', { ...key, mark: 'late', departedAt: '16:40' });
    expect(left).toMatchObject({ mark: 'late', arrivedAt: '10:07', departedAt: '16:40' });
    const backwards = await centre.backend.handle('attendance.mark', {
      ...key,
      mark: 'late',
      arrivedAt: '16:50',
      departedAt: '16:40',
    });
    expect(fieldsOf(backwards)).toEqual({
      departedAt: { key: 'attendance.validation.departedBeforeArrived' },
    });
  });

  it('needs the attendance permissions', async () => {
    const centre = await openAttendanceCentre();
    const result = await centre.backend.handle(
      'attendance.day',
      { date: '2026-03-16' },
      { userId: 'guest', permissions: new Set(['schedule.read']) },
    );
    expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
  });
});
