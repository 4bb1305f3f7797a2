import { describe, expect, it } from 'vitest';
import { call } from './schedule-fixture';
import { bookMonday, groupSessionOn, openAttendanceCentre, poolWithChildren } from './attendance-fixture';

describe('make-up credits', () => {
  it('are owed for a session the centre cancelled, not for one the family cancelled', async () => {
    const centre = await openAttendanceCentre();
    const monday = await bookMonday(centre);
    const { sessionIds } = await call(centre.backend, 'schedule.book', {
      serviceId: centre.speech,
      specialistId: centre.specialist,
      roomId: centre.room,
      beneficiaryId: centre.child,
      date: '2026-03-17',
      startTime: '10:00',
      minutes: 45,
    });
    await call(centre.backend, 'schedule.cancel', {
      sessionId: monday,
      reason: 'centre',
      note: 'Taʼmirlash',
    });
    await call(centre.backend, 'schedule.cancel', { sessionId: sessionIds[0]!, reason: 'family' });

    const credits = await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child });
    expect(credits).toEqual([
      expect.objectContaining({
        beneficiaryId: centre.child,
        serviceId: centre.speech,
        sourceSessionId: monday,
        sourceDate: '2026-03-16',
        sourceStartTime: '10:00',
      }),
    ]);
    // The board shows the cancelled session with what its cancellation means for the person.
    centre.setNow('2026-03-16T05:00:00Z');
    const day = await call(centre.backend, 'attendance.day', { date: '2026-03-16' });
    expect(day.sessions[0]).toMatchObject({ status: 'cancelled', cancelReason: 'centre' });
    expect(day.sessions[0]!.people[0]!.expected).toEqual({
      mark: 'cancelled_by_centre',
      reason: 'Taʼmirlash',
      plannedAbsenceId: null,
    });
  });

  it('are owed to everyone on a group session the centre cancelled, or marked so, and withdrawn on correction', async () => {
    const centre = await openAttendanceCentre();
    const groupId = await poolWithChildren(centre);
    const [aziz, bekzod] = centre.kids;
    const tuesday = await groupSessionOn(centre, groupId, '2026-03-17');
    await call(centre.backend, 'schedule.cancel', { sessionId: tuesday, reason: 'centre' });
    for (const kid of [aziz!, bekzod!])
      expect(
        (await call(centre.backend, 'attendance.credits', { beneficiaryId: kid })).map(
          (c) => c.sourceSessionId,
        ),
      ).toEqual([tuesday]);

    const thursday = await groupSessionOn(centre, groupId, '2026-03-19');
    centre.setNow('2026-03-19T07:00:00Z');
    await call(centre.backend, 'attendance.mark', {
      sessionId: thursday,
      beneficiaryId: aziz!,
      mark: 'cancelled_by_centre',
    });
    expect(
      (await call(centre.backend, 'attendance.credits', { beneficiaryId: aziz! })).map(
        (c) => c.sourceSessionId,
      ),
    ).toEqual([tuesday, thursday]);
    await call(centre.backend, 'attendance.mark', {
      sessionId: thursday,
      beneficiaryId: aziz!,
      mark: 'present',
    });
    expect(
      (await call(centre.backend, 'attendance.credits', { beneficiaryId: aziz! })).map(
        (c) => c.sourceSessionId,
      ),
    ).toEqual([tuesday]);
    // The cancelled session itself takes no marks: its cancellation already owes Bekzod his one make-up.
    const refused = await centre.backend.handle('attendance.mark', {
      sessionId: tuesday,
      beneficiaryId: bekzod!,
      mark: 'cancelled_by_centre',
    });
    expect(refused.ok ? null : refused.error.code).toBe('CONFLICT');
    expect(await call(centre.backend, 'attendance.credits', { beneficiaryId: bekzod! })).toHaveLength(1);
  });
});
