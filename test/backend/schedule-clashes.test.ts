import { describe, expect, it } from 'vitest';
import {
  booking,
  call,
  kinds,
  MANAGER,
  openCentre,
  RECEPTIONIST,
  refusal,
  sessionRows,
} from './schedule-fixture';

describe('schedule.book: conflicts, each kind', () => {
  it('books a session and shows it in the week', async () => {
    const centre = await openCentre();
    const { backend } = centre;
    const result = await call(backend, 'schedule.book', booking(centre));
    expect(result).toMatchObject({ seriesId: null, overrideId: null });
    const week = await call(backend, 'schedule.range', { from: '2026-03-16', to: '2026-03-22' });
    expect(week).toEqual([
      expect.objectContaining({
        id: result.sessionIds[0],
        date: '2026-03-16',
        startTime: '10:00',
        minutes: 45,
        start: '2026-03-16T05:00:00.000Z',
        end: '2026-03-16T05:45:00.000Z',
        specialistName: 'Karimova D.',
        roomName: 'Logoped xonasi',
        beneficiaries: [{ id: centre.child, name: 'Karimov Shahzod' }],
        status: 'scheduled',
      }),
    ]);
  });

  it('refuses the specialist twice at once, names the session, and writes nothing', async () => {
    const centre = await openCentre();
    const first = await call(centre.backend, 'schedule.book', booking(centre));
    const result = await centre.backend.handle(
      'schedule.book',
      booking(centre, { beneficiaryId: centre.sister, roomId: centre.hall, startTime: '10:30' }),
    );
    const conflict = refusal(result);
    expect(kinds(conflict)).toEqual(['specialist_busy']);
    expect(conflict.clashes[0]!.clashes[0]).toMatchObject({
      severity: 'hard',
      with: { id: first.sessionIds[0] },
    });
    expect(await sessionRows(centre.backend)).toHaveLength(1);
  });

  it('refuses the child and the mother in two places at once', async () => {
    const centre = await openCentre();
    await call(centre.backend, 'schedule.book', booking(centre, { motherGuardianId: centre.mother }));
    const child = refusal(
      await centre.backend.handle(
        'schedule.book',
        booking(centre, { specialistId: centre.colleague, roomId: centre.hall, serviceId: centre.massage }),
      ),
    );
    expect(kinds(child)).toEqual(['beneficiary_busy']);
    // Guardians are recorded per child, so the mother is busy exactly when her child's session takes her.
    const mother = refusal(
      await centre.backend.handle(
        'schedule.book',
        booking(centre, {
          specialistId: centre.colleague,
          roomId: centre.hall,
          serviceId: centre.massage,
          motherGuardianId: centre.mother,
          startTime: '10:30',
        }),
      ),
    );
    expect(kinds(mother)).toEqual(['beneficiary_busy', 'mother_busy']);
  });

  it('refuses a room beyond its places', async () => {
    const centre = await openCentre();
    await call(centre.backend, 'schedule.book', booking(centre));
    const conflict = refusal(
      await centre.backend.handle(
        'schedule.book',
        booking(centre, { specialistId: centre.colleague, beneficiaryId: centre.sister }),
      ),
    );
    expect(kinds(conflict)).toEqual(['room_over_capacity']);
    expect(conflict.clashes[0]!.clashes[0]).toMatchObject({ capacity: 1, needed: 2 });
  });

  it('books back to back without a clash', async () => {
    const centre = await openCentre();
    await call(centre.backend, 'schedule.book', booking(centre));
    await call(
      centre.backend,
      'schedule.book',
      booking(centre, { beneficiaryId: centre.sister, startTime: '10:45' }),
    );
    expect(await sessionRows(centre.backend)).toHaveLength(2);
  });

  it.each([
    ['closed_day', { date: '2026-03-23' }],
    ['outside_working_hours', { startTime: '16:30' }],
  ] as const)('asks for an override on %s', async (kind, change) => {
    const centre = await openCentre();
    const conflict = refusal(await centre.backend.handle('schedule.book', booking(centre, change)));
    expect(kinds(conflict)).toEqual([kind]);
    expect(conflict.needsOverride).toBe(true);
  });

  it('asks for an override outside the service’s age band', async () => {
    const centre = await openCentre();
    await centre.backend.db
      .updateTable('services')
      .set({ min_age_months: 120 })
      .where('id', '=', centre.speech)
      .execute();
    expect(kinds(refusal(await centre.backend.handle('schedule.book', booking(centre))))).toEqual([
      'outside_age_band',
    ]);
  });

  it('asks for an override on leave and on missing eligibility', async () => {
    const centre = await openCentre();
    await centre.backend.db
      .insertInto('staff_absences')
      .values({
        staff_id: centre.specialist,
        kind: 'leave',
        start_date: '2026-03-16',
        end_date: '2026-03-20',
        note: '',
        created_at: '2026-03-01',
      })
      .execute();
    await centre.backend.db
      .updateTable('beneficiaries')
      .set({ has_disability: 0 })
      .where('id', '=', centre.child)
      .execute();
    const conflict = refusal(await centre.backend.handle('schedule.book', booking(centre)));
    expect(kinds(conflict)).toEqual(['on_leave', 'not_eligible']);
  });

  it('records an override only with a reason and the manager’s permission', async () => {
    const centre = await openCentre();
    const late = booking(centre, { startTime: '17:00' });
    refusal(await centre.backend.handle('schedule.book', late, MANAGER));
    const withReason = {
      ...late,
      override: { reason: 'Agreed with the family: the father brings him after work' },
    };
    refusal(await centre.backend.handle('schedule.book', withReason, RECEPTIONIST), 'FORBIDDEN');
    expect(await sessionRows(centre.backend)).toHaveLength(0);
    expect(await centre.backend.db.selectFrom('booking_overrides').selectAll().execute()).toEqual([]);

    const done = await call(centre.backend, 'schedule.book', withReason, MANAGER);
    const overrides = await centre.backend.db.selectFrom('booking_overrides').selectAll().execute();
    expect(overrides).toEqual([
      expect.objectContaining({
        id: done.overrideId,
        session_id: done.sessionIds[0],
        clash_kinds: '["outside_working_hours"]',
        reason: withReason.override.reason,
        user_id: 'manager',
      }),
    ]);
  });

  it('never overrides a hard clash, whoever asks', async () => {
    const centre = await openCentre();
    await call(centre.backend, 'schedule.book', booking(centre));
    const again = booking(centre, { beneficiaryId: centre.sister, override: { reason: 'Please' } });
    expect(kinds(refusal(await centre.backend.handle('schedule.book', again, MANAGER)))).toEqual([
      'specialist_busy',
      'room_over_capacity',
    ]);
  });

  it('checks without writing, and a moved session does not clash with itself', async () => {
    const centre = await openCentre();
    const { sessionIds } = await call(centre.backend, 'schedule.book', booking(centre));
    const candidate = { ...booking(centre), startTime: '10:15' };
    const clashes = await call(centre.backend, 'schedule.check', candidate);
    expect(clashes.map((c) => c.kind)).toEqual(['specialist_busy', 'beneficiary_busy', 'room_over_capacity']);
    expect(await call(centre.backend, 'schedule.check', { ...candidate, sessionId: sessionIds[0]! })).toEqual(
      [],
    );
    expect(await sessionRows(centre.backend)).toHaveLength(1);
    await call(centre.backend, 'schedule.move', {
      sessionId: sessionIds[0]!,
      date: '2026-03-16',
      startTime: '10:15',
      minutes: 45,
    });
    expect((await sessionRows(centre.backend))[0]).toMatchObject({
      start_time: '10:15',
      start_at: '2026-03-16T05:15:00.000Z',
    });
  });

  it('refuses a mother who is not the child’s guardian, with the field', async () => {
    const centre = await openCentre();
    const result = await centre.backend.handle(
      'schedule.book',
      booking(centre, { beneficiaryId: centre.sister, motherGuardianId: centre.mother }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { motherGuardianId: { key: 'schedule.validation.motherGuardianId' } } },
      },
    });
  });
});
