import { describe, expect, it } from 'vitest';
import { bookingOf, openProgrammeCentre, programme } from './programmes-fixture';
import { booking, call, MANAGER, RECEPTIONIST, refusal, sessionRows } from './schedule-fixture';

describe('programmes: booking a prescription', () => {
  it('books the prescribed sessions as one series, links it, and counts prescribed / booked / delivered', async () => {
    const { centre, programmeId, prescriptionId } = await openProgrammeCentre();
    const booked = await call(
      centre.backend,
      'programmes.bookPrescription',
      bookingOf(centre, prescriptionId),
    );
    // 2 a week for 3 weeks: Mon/Wed from 6 April, six sessions of the prescription's 30 minutes.
    const rows = await sessionRows(centre.backend);
    expect(rows.map((r) => [r.date, r.start_time, r.minutes, r.series_id])).toEqual(
      ['2026-04-06', '2026-04-08', '2026-04-13', '2026-04-15', '2026-04-20', '2026-04-22'].map((date) => [
        date,
        '10:00',
        30,
        booked.seriesId,
      ]),
    );
    expect(booked.sessionIds).toHaveLength(6);
    expect(booked.programme.prescriptions[0]).toMatchObject({
      seriesIds: [booked.seriesId],
      counts: { prescribed: 6, booked: 6, delivered: 0 },
    });
    const series = await centre.backend.db.selectFrom('series').selectAll().executeTakeFirstOrThrow();
    expect(series).toMatchObject({ beneficiary_id: centre.child, service_id: centre.speech });

    // One cancelled by the family is no longer booked; present and late are delivered, an absence is not.
    const [first, second, third, fourth] = booked.sessionIds as [number, number, number, number];
    await call(centre.backend, 'schedule.cancel', { sessionId: fourth, scope: 'this', reason: 'family' });
    const at = new Date('2026-04-16T10:00:00Z');
    await centre.backend.db
      .insertInto('attendance_marks')
      .values(
        (
          [
            [first, 'present'],
            [second, 'late'],
            [third, 'absent_unexcused'],
          ] as const
        ).map(([session_id, mark]) => ({
          session_id,
          beneficiary_id: centre.child,
          mark,
          reason: '',
          note: '',
          marked_at: at.toISOString(),
        })),
      )
      .execute();
    const detail = await call(centre.backend, 'programmes.get', { id: programmeId });
    expect(detail.prescriptions[0]!.counts).toEqual({ prescribed: 6, booked: 5, delivered: 2 });

    // The rest is booked by a second series: only the one session still owed.
    const again = await call(centre.backend, 'programmes.bookPrescription', {
      ...bookingOf(centre, prescriptionId),
      startDate: '2026-04-27',
      weekdays: [1],
    });
    expect(again.sessionIds).toHaveLength(1);
    expect(again.programme.prescriptions[0]).toMatchObject({
      seriesIds: [booked.seriesId, again.seriesId],
      counts: { prescribed: 6, booked: 6, delivered: 2 },
    });
    const full = await centre.backend.handle(
      'programmes.bookPrescription',
      bookingOf(centre, prescriptionId),
    );
    expect(full).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        details: { fields: { _form: { key: 'programmes.validation.fullyBooked' } } },
      },
    });
    // A booked prescription keeps its service and cannot be removed.
    expect(await centre.backend.handle('programmes.removePrescription', { prescriptionId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('passes the scheduling engine’s clash CONFLICT on unchanged and writes nothing; another time books it', async () => {
    const { centre, prescriptionId } = await openProgrammeCentre();
    // The specialist already sees the sister on Wednesday 8 April at 10:00.
    await call(
      centre.backend,
      'schedule.book',
      booking(centre, { beneficiaryId: centre.sister, date: '2026-04-08' }),
    );
    const before = await sessionRows(centre.backend);
    // The same series booked straight through schedule.book is refused with the very same details.
    const direct = refusal(
      await centre.backend.handle(
        'schedule.book',
        {
          ...booking(centre),
          date: '2026-04-06',
          minutes: 30,
          repeat: { weekdays: [1, 3], end: { kind: 'count', count: 6 } },
        },
        RECEPTIONIST,
      ),
    );
    const refused = refusal(
      await centre.backend.handle(
        'programmes.bookPrescription',
        bookingOf(centre, prescriptionId),
        RECEPTIONIST,
      ),
    );
    expect(refused).toEqual(direct);
    expect(refused.clashes).toHaveLength(1);
    expect(refused.clashes[0]).toMatchObject({ date: '2026-04-08', startTime: '10:00' });
    expect(await sessionRows(centre.backend)).toEqual(before);
    expect(await centre.backend.db.selectFrom('prescription_series').selectAll().execute()).toEqual([]);

    // A hard clash (the specialist double-booked) cannot be overridden: refused again, still nothing written.
    const overridden = await centre.backend.handle(
      'programmes.bookPrescription',
      { ...bookingOf(centre, prescriptionId), override: { reason: 'Onasi iltimos qildi' } },
      MANAGER,
    );
    expect(overridden.ok).toBe(false);
    // Another time books cleanly.
    const moved = await call(centre.backend, 'programmes.bookPrescription', {
      ...bookingOf(centre, prescriptionId),
      startTime: '11:00',
    });
    expect(moved.programme.prescriptions[0]!.counts.booked).toBe(6);
  });

  it('asks for a decision on a session that falls on a closure, and books with it', async () => {
    const { centre, prescriptionId } = await openProgrammeCentre();
    // Monday 23 March is the centre's Navroʻz holiday (transferred day), pre-filled as a closure.
    const fromMarch = { ...bookingOf(centre, prescriptionId), startDate: '2026-03-16' };
    const refused = refusal(await centre.backend.handle('programmes.bookPrescription', fromMarch));
    expect(refused.needsDecision.map((n) => n.occurrence.originalDate)).toEqual(['2026-03-23']);
    expect(await sessionRows(centre.backend)).toEqual([]);
    const booked = await call(centre.backend, 'programmes.bookPrescription', {
      ...fromMarch,
      decisions: [{ originalDate: '2026-03-23', choice: 'skip', reason: 'centre' }],
    });
    // The skipped session is cancelled, so it is not counted as booked.
    expect(booked.programme.prescriptions[0]!.counts).toEqual({ prescribed: 6, booked: 5, delivered: 0 });
  });

  it('refuses booking a draft programme, and reports rule problems on the form’s fields', async () => {
    const { centre, prescriptionId } = await openProgrammeCentre();
    const draft = await call(centre.backend, 'programmes.create', programme(centre));
    const withPrescription = await call(centre.backend, 'programmes.addPrescription', {
      programmeId: draft.programme.id,
      serviceId: centre.speech,
      sessionsPerWeek: 1,
      weeks: 4,
      minutes: 45,
    });
    const notActive = await centre.backend.handle(
      'programmes.bookPrescription',
      bookingOf(centre, withPrescription.prescriptions[0]!.id),
    );
    expect(notActive).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { fields: { _form: { key: 'programmes.validation.notActive' } } } },
    });
    const invalid = await centre.backend.handle('programmes.bookPrescription', {
      ...bookingOf(centre, prescriptionId),
      weekdays: [],
      startTime: '25:00',
    });
    expect(invalid).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: {
          fields: {
            weekdays: { key: 'schedule.validation.weekdays' },
            startTime: { key: 'validation.timeOfDay' },
          },
        },
      },
    });
  });
});
