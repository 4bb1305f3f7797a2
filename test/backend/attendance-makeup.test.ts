import { describe, expect, it } from 'vitest';
import { booking, call } from './schedule-fixture';
import { bookMonday, fieldsOf, openAttendanceCentre, type AttendanceCentre } from './attendance-fixture';

/** The Monday session cancelled by the centre: the child's one open credit. */
async function owedCredit(centre: AttendanceCentre): Promise<{ creditId: number; monday: number }> {
  const monday = await bookMonday(centre);
  await call(centre.backend, 'schedule.cancel', { sessionId: monday, reason: 'centre', note: 'Suv yoʻq' });
  const [credit] = await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child });
  return { creditId: credit!.id, monday };
}

async function usedBy(centre: AttendanceCentre, creditId: number): Promise<number | null> {
  const row = await centre.backend.db
    .selectFrom('makeup_credits')
    .select('used_by_session_id')
    .where('id', '=', creditId)
    .executeTakeFirstOrThrow();
  return row.used_by_session_id;
}

/** Wednesday 18 March, 11:00: the make-up for the cancelled Monday. */
const makeup = (centre: AttendanceCentre, creditId: number) =>
  booking(centre, { date: '2026-03-18', startTime: '11:00', makeupCreditId: creditId });

describe('booking a make-up session for a credit', () => {
  it('names the cancelled session, its specialist and why, and is used by the booking in the same write', async () => {
    const centre = await openAttendanceCentre();
    const { creditId, monday } = await owedCredit(centre);
    expect(await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child })).toEqual([
      expect.objectContaining({
        id: creditId,
        serviceId: centre.speech,
        sourceSessionId: monday,
        sourceDate: '2026-03-16',
        sourceStartTime: '10:00',
        sourceSpecialistName: 'Karimova D.',
        sourceNote: 'Suv yoʻq',
      }),
    ]);

    const { sessionIds } = await call(centre.backend, 'schedule.book', makeup(centre, creditId));
    expect(await usedBy(centre, creditId)).toBe(sessionIds[0]);
    // A used credit is no longer offered, and cannot be used twice.
    expect(await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child })).toEqual([]);
    const again = await centre.backend.handle(
      'schedule.book',
      booking(centre, { date: '2026-03-25', startTime: '11:00', makeupCreditId: creditId }),
    );
    expect(fieldsOf(again)).toEqual({ makeupCreditId: { key: 'booking.validation.creditUsed' } });
  });

  it('refuses a credit of someone else, for another service, unknown, or with a repeating booking, and writes nothing', async () => {
    const centre = await openAttendanceCentre();
    const { creditId } = await owedCredit(centre);
    const before = await centre.backend.db.selectFrom('sessions').select('id').execute();
    const cases = [
      [{ beneficiaryId: centre.sister }, 'creditOtherPerson'],
      [{ serviceId: centre.massage }, 'creditOtherService'],
      [{ makeupCreditId: 9999 }, 'creditMissing'],
    ] as const;
    for (const [overrides, key] of cases) {
      const refused = await centre.backend.handle('schedule.book', {
        ...makeup(centre, creditId),
        ...overrides,
      });
      expect(fieldsOf(refused)).toEqual({ makeupCreditId: { key: `booking.validation.${key}` } });
    }
    const series = await centre.backend.handle('schedule.book', {
      ...makeup(centre, creditId),
      repeat: { weekdays: [5], end: { kind: 'count', count: 3 } },
    });
    expect(fieldsOf(series)).toMatchObject({ makeupCreditId: { key: 'booking.validation.creditOnce' } });
    expect(await centre.backend.db.selectFrom('sessions').select('id').execute()).toEqual(before);
    expect(await usedBy(centre, creditId)).toBeNull();
  });

  it('leaves the credit unused when the booking is refused for a clash', async () => {
    const centre = await openAttendanceCentre();
    const { creditId } = await owedCredit(centre);
    await call(
      centre.backend,
      'schedule.book',
      booking(centre, { beneficiaryId: centre.sister, date: '2026-03-18', startTime: '11:00' }),
    );
    const clash = await centre.backend.handle('schedule.book', makeup(centre, creditId));
    expect(clash.ok).toBe(false);
    expect(await usedBy(centre, creditId)).toBeNull();
  });

  it('gives the credit back when the make-up is cancelled, without owing a second one', async () => {
    const centre = await openAttendanceCentre();
    const { creditId, monday } = await owedCredit(centre);
    const first = (await call(centre.backend, 'schedule.book', makeup(centre, creditId))).sessionIds[0]!;
    await call(centre.backend, 'schedule.cancel', { sessionId: first, reason: 'family' });
    const open = await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child });
    expect(open.map((c) => [c.id, c.sourceSessionId])).toEqual([[creditId, monday]]);

    // Booked again and this time cancelled by the centre: still the one credit, for the first cancellation.
    const second = (
      await call(
        centre.backend,
        'schedule.book',
        booking(centre, { date: '2026-03-25', startTime: '11:00', makeupCreditId: creditId }),
      )
    ).sessionIds[0]!;
    expect(await usedBy(centre, creditId)).toBe(second);
    await call(centre.backend, 'schedule.cancel', { sessionId: second, reason: 'centre' });
    const back = await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child });
    expect(back.map((c) => [c.id, c.sourceSessionId])).toEqual([[creditId, monday]]);
    // A centre cancellation of an ordinary session still owes a credit of its own.
    const ordinary = (
      await call(centre.backend, 'schedule.book', booking(centre, { date: '2026-03-26', startTime: '11:00' }))
    ).sessionIds[0]!;
    await call(centre.backend, 'schedule.cancel', { sessionId: ordinary, reason: 'centre' });
    const both = await call(centre.backend, 'attendance.credits', { beneficiaryId: centre.child });
    expect(both.map((c) => c.sourceSessionId)).toEqual([monday, ordinary]);
  });
});
