// Issue #5: a make-up that is itself cancelled by the centre. The person is owed one session for each session
// the centre took from them that nothing has replaced yet: never lost, never counted twice.
import { describe, expect, it } from 'vitest';
import { booking, call } from './schedule-fixture';
import { bookMonday, openAttendanceCentre, type AttendanceCentre } from './attendance-fixture';

/** The sessions the person's open credits are owed for. */
async function owedFor(centre: AttendanceCentre): Promise<number[]> {
  const open = await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child });
  return open.map((credit) => credit.sourceSessionId);
}

/** Books a make-up on a Wednesday of March at 11:00 for the person's one open credit. */
async function bookMakeup(centre: AttendanceCentre, date: string): Promise<number> {
  const [credit, ...more] = await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child });
  expect(more).toEqual([]);
  const input = booking(centre, { date, startTime: '11:00', makeupCreditId: credit!.id });
  return (await call(centre.backend, 'schedule.book', input)).sessionIds[0]!;
}

/** Monday 16 March cancelled by the centre, and its make-up booked for Wednesday 18 March. */
async function openWithMakeup() {
  const centre = await openAttendanceCentre();
  const monday = await bookMonday(centre);
  await call(centre.backend, 'schedule.cancel', { sessionId: monday, reason: 'centre', note: 'Suv yoʻq' });
  const first = await bookMakeup(centre, '2026-03-18');
  expect(await owedFor(centre)).toEqual([]);
  return { centre, monday, first };
}

describe('a make-up the centre cancels as well', () => {
  it('owes the one session through any number of cancelled make-ups, and nothing once one is held', async () => {
    const { centre, monday, first } = await openWithMakeup();
    await call(centre.backend, 'schedule.cancel', { sessionId: first, reason: 'centre' });
    expect(await owedFor(centre)).toEqual([monday]);
    const second = await bookMakeup(centre, '2026-03-25');
    expect(await owedFor(centre)).toEqual([]);
    await call(centre.backend, 'schedule.cancel', { sessionId: second, reason: 'centre' });
    expect(await owedFor(centre)).toEqual([monday]);
    const third = await bookMakeup(centre, '2026-04-01');
    centre.setNow('2026-04-01T06:30:00Z');
    await call(centre.backend, 'attendance.mark', {
      sessionId: third,
      beneficiaryId: centre.child,
      mark: 'present',
    });
    expect(await owedFor(centre)).toEqual([]);
  });

  it('owes nothing more when a cancelled make-up’s cancellation is recorded again after the credit was rebooked', async () => {
    const { centre, first } = await openWithMakeup();
    await call(centre.backend, 'schedule.cancel', { sessionId: first, reason: 'centre' });
    await bookMakeup(centre, '2026-03-25');
    // The same cancellation saved again (its note corrected): the credit already went to the new make-up.
    await call(centre.backend, 'schedule.cancel', {
      sessionId: first,
      reason: 'centre',
      note: 'Chiroq yoʻq',
    });
    expect(await owedFor(centre)).toEqual([]);
  });

  it('owes nothing more when a make-up cancelled by the family is recorded as the centre’s after the rebooking', async () => {
    const { centre, first } = await openWithMakeup();
    await call(centre.backend, 'schedule.cancel', { sessionId: first, reason: 'family' });
    await bookMakeup(centre, '2026-03-25');
    await call(centre.backend, 'schedule.cancel', { sessionId: first, reason: 'centre' });
    expect(await owedFor(centre)).toEqual([]);
  });

  it('owes one session when the make-up is marked cancelled by the centre and then cancelled, and keeps owing it', async () => {
    const { centre, first } = await openWithMakeup();
    centre.setNow('2026-03-18T06:30:00Z');
    await call(centre.backend, 'attendance.mark', {
      sessionId: first,
      beneficiaryId: centre.child,
      mark: 'cancelled_by_centre',
    });
    expect(await owedFor(centre)).toEqual([first]);
    await call(centre.backend, 'schedule.cancel', { sessionId: first, reason: 'centre' });
    expect(await owedFor(centre)).toEqual([first]);
    const second = await bookMakeup(centre, '2026-03-25');
    expect(await owedFor(centre)).toEqual([]);
    await call(centre.backend, 'schedule.cancel', { sessionId: second, reason: 'centre' });
    expect(await owedFor(centre)).toEqual([first]);
  });
});
