import { describe, expect, it } from 'vitest';
import { call } from './schedule-fixture';
import { bookMonday, groupSessionOn, openAttendanceCentre, poolWithChildren } from './attendance-fixture';

/** Thursday 19 March 2026, 10:07 in Tashkent. */
const THURSDAY_10_07 = '2026-03-19T05:07:00Z';

describe('marks on cancelled sessions and roll call times', () => {
  it('refuses to mark or roll-call a cancelled session with CONFLICT and writes nothing', async () => {
    const centre = await openAttendanceCentre();
    const groupId = await poolWithChildren(centre);
    const monday = await bookMonday(centre);
    const tuesday = await groupSessionOn(centre, groupId, '2026-03-17');
    await call(centre.backend, 'schedule.cancel', { sessionId: monday, reason: 'centre' });
    await call(centre.backend, 'schedule.cancel', { sessionId: tuesday, reason: 'illness' });
    centre.setNow(THURSDAY_10_07);

    const marked = await centre.backend.handle('attendance.mark', {
      sessionId: monday,
      beneficiaryId: centre.child,
      mark: 'present',
    });
    const rolled = await centre.backend.handle('attendance.rollCall', { sessionId: tuesday, present: 'all' });
    for (const refused of [marked, rolled]) {
      expect(refused.ok).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('CONFLICT');
      expect(refused.error.details).toEqual({ key: 'attendance.conflict.sessionCancelled' });
    }
    expect(await centre.backend.db.selectFrom('attendance_marks').selectAll().execute()).toEqual([]);
    // The credit of the centre's cancellation is still there, once.
    expect(await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child })).toHaveLength(1);
  });

  it('records the roll call’s time for present and late on today’s session, none on a past one', async () => {
    const centre = await openAttendanceCentre();
    const groupId = await poolWithChildren(centre);
    const [aziz, bekzod] = centre.kids;
    const tuesday = await groupSessionOn(centre, groupId, '2026-03-17');
    const thursday = await groupSessionOn(centre, groupId, '2026-03-19');
    centre.setNow(THURSDAY_10_07);

    const today = await call(centre.backend, 'attendance.rollCall', {
      sessionId: thursday,
      present: 'all',
      exceptions: [{ beneficiaryId: bekzod!, mark: 'late' }],
    });
    expect(today.marks.map((m) => [m.beneficiaryId, m.mark.mark, m.mark.arrivedAt])).toEqual([
      [aziz, 'present', '10:07'],
      [bekzod, 'late', '10:07'],
    ]);
    const past = await call(centre.backend, 'attendance.rollCall', { sessionId: tuesday, present: 'all' });
    expect(past.marks.map((m) => [m.mark.mark, m.mark.arrivedAt])).toEqual([
      ['present', null],
      ['present', null],
    ]);
    // A past day's correction is recorded now, with the mark before and after.
    await call(centre.backend, 'attendance.mark', {
      sessionId: tuesday,
      beneficiaryId: aziz!,
      mark: 'absent_unexcused',
    });
    const history = await call(centre.backend, 'attendance.history', {
      sessionId: tuesday,
      beneficiaryId: aziz!,
    });
    expect(history.changes).toEqual([
      expect.objectContaining({
        changedAt: new Date(THURSDAY_10_07).toISOString(),
        before: expect.objectContaining({ mark: 'present' }),
        after: expect.objectContaining({ mark: 'absent_unexcused' }),
      }),
    ]);
  });
});
