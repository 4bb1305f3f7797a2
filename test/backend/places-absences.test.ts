import { describe, expect, it } from 'vitest';
import { openTestBackend } from './backend-fixture';
import { call, expectRefused, placesSnapshot, validStaff } from './places-fixture';

describe('staff absences', () => {
  it('records leave and shows it with the staff member, in date order', async () => {
    const backend = await openTestBackend();
    const staff = await call(backend, 'staff.create', validStaff());
    const later = await call(backend, 'staff.absences.add', {
      staffId: staff.id,
      kind: 'leave',
      startDate: '2026-07-01',
      endDate: '2026-07-24',
      note: ' Yillik taʼtil ',
    });
    const sooner = await call(backend, 'staff.absences.add', {
      staffId: staff.id,
      kind: 'sick',
      startDate: '2026-03-02',
      endDate: '2026-03-02',
      note: '',
    });
    expect(later).toEqual({
      id: later.id,
      staffId: staff.id,
      kind: 'leave',
      startDate: '2026-07-01',
      endDate: '2026-07-24',
      note: 'Yillik taʼtil',
    });
    expect((await call(backend, 'staff.get', { id: staff.id })).absences).toEqual([sooner, later]);
  });

  it('gives everyone’s absences that share a day with a span of days, for the calendar', async () => {
    const backend = await openTestBackend();
    const first = await call(backend, 'staff.create', validStaff());
    const second = await call(backend, 'staff.create', { ...validStaff(), familyName: 'Ergasheva' });
    const add = (staffId: number, startDate: string, endDate: string) =>
      call(backend, 'staff.absences.add', { staffId, kind: 'leave', startDate, endDate, note: '' });
    const before = await add(first.id, '2026-03-01', '2026-03-15');
    const inside = await add(second.id, '2026-03-17', '2026-03-18');
    const across = await add(first.id, '2026-03-20', '2026-04-05');
    await add(second.id, '2026-03-23', '2026-03-24');
    expect(await call(backend, 'staff.absences.range', { from: '2026-03-16', to: '2026-03-22' })).toEqual([
      inside,
      across,
    ]);
    expect(await call(backend, 'staff.absences.range', { from: '2026-03-15', to: '2026-03-15' })).toEqual([
      before,
    ]);
    expectRefused(
      await backend.handle('staff.absences.range', { from: '2026-03-22', to: '2026-03-16' }),
      'VALIDATION',
      { to: 'validation.dateRange' },
    );
  });

  it('refuses dates that are not real or end before they start, and writes nothing', async () => {
    const backend = await openTestBackend();
    const staff = await call(backend, 'staff.create', validStaff());
    const before = await placesSnapshot(backend);
    const base = { staffId: staff.id, kind: 'leave', note: '' } as const;
    expectRefused(
      await backend.handle('staff.absences.add', { ...base, startDate: '2026-02-30', endDate: '01.03.2026' }),
      'VALIDATION',
      { startDate: 'validation.date', endDate: 'validation.date' },
    );
    expectRefused(
      await backend.handle('staff.absences.add', { ...base, startDate: '2026-03-10', endDate: '2026-03-09' }),
      'VALIDATION',
      { endDate: 'validation.dateRange' },
    );
    expectRefused(
      await backend.handle('staff.absences.add', {
        ...base,
        kind: 'holiday',
        startDate: '2026-03-10',
        endDate: '2026-03-10',
      }),
      'VALIDATION',
      { kind: 'validation.invalidChoice' },
    );
    expect(await placesSnapshot(backend)).toEqual(before);
  });

  it('refuses an absence overlapping another of the same person, but not of someone else', async () => {
    const backend = await openTestBackend();
    const first = await call(backend, 'staff.create', validStaff());
    const second = await call(backend, 'staff.create', { ...validStaff(), givenName: 'Malika' });
    const leave = { kind: 'leave', startDate: '2026-07-01', endDate: '2026-07-14', note: '' } as const;
    await call(backend, 'staff.absences.add', { ...leave, staffId: first.id });
    const before = await placesSnapshot(backend);
    const clash = await backend.handle('staff.absences.add', {
      ...leave,
      staffId: first.id,
      kind: 'sick',
      startDate: '2026-07-14',
      endDate: '2026-07-20',
    });
    expectRefused(clash, 'CONFLICT', { startDate: 'places.validation.absenceOverlap' });
    expect(await placesSnapshot(backend)).toEqual(before);
    await call(backend, 'staff.absences.add', { ...leave, staffId: second.id });
    await call(backend, 'staff.absences.add', {
      ...leave,
      staffId: first.id,
      startDate: '2026-07-15',
      endDate: '2026-07-15',
    });
  });

  it('removes an absence, and answers NOT_FOUND for unknown ones', async () => {
    const backend = await openTestBackend();
    const staff = await call(backend, 'staff.create', validStaff());
    const absence = await call(backend, 'staff.absences.add', {
      staffId: staff.id,
      kind: 'training',
      startDate: '2026-04-06',
      endDate: '2026-04-10',
      note: '',
    });
    expect(await call(backend, 'staff.absences.remove', { id: absence.id })).toEqual({
      id: absence.id,
    });
    expect((await call(backend, 'staff.get', { id: staff.id })).absences).toEqual([]);
    expectRefused(await backend.handle('staff.absences.remove', { id: absence.id }), 'NOT_FOUND');
    expectRefused(
      await backend.handle('staff.absences.add', {
        staffId: 999,
        kind: 'leave',
        startDate: '2026-04-06',
        endDate: '2026-04-10',
        note: '',
      }),
      'NOT_FOUND',
    );
  });
});
