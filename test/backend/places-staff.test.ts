import { describe, expect, it } from 'vitest';
import { openTestBackend } from './backend-fixture';
import { call, expectRefused, placesSnapshot, serviceIdOf, validStaff } from './places-fixture';

describe('staff', () => {
  it('creates a staff member with roles, services and hours, and reads them back', async () => {
    const backend = await openTestBackend();
    const speech = await serviceIdOf(backend, 'speech_therapy');
    const created = await call(backend, 'staff.create', {
      ...validStaff([speech]),
      roles: ['specialist', 'manager'],
      familyName: ' Karimova ',
    });
    expect(created).toMatchObject({
      familyName: 'Karimova',
      roles: ['specialist', 'manager'],
      phone: '+998901234567',
      serviceIds: [speech],
      absences: [],
      active: true,
    });
    expect(created.hours).toEqual(validStaff().hours);
    expect(await call(backend, 'staff.get', { id: created.id })).toEqual(created);
  });

  it('replaces services and hours on update', async () => {
    const backend = await openTestBackend();
    const [speech, massage] = [
      await serviceIdOf(backend, 'speech_therapy'),
      await serviceIdOf(backend, 'massage'),
    ];
    const created = await call(backend, 'staff.create', validStaff([speech]));
    const updated = await call(backend, 'staff.update', {
      ...validStaff([massage]),
      id: created.id,
      phone: '',
      hours: [{ weekday: 5, start: '10:00', end: '16:00', breakStart: null, breakEnd: null }],
    });
    expect(updated).toMatchObject({ serviceIds: [massage], phone: null });
    expect(updated.hours).toEqual([
      { weekday: 5, start: '10:00', end: '16:00', breakStart: null, breakEnd: null },
    ]);
    expect(await backend.db.selectFrom('staff_hours').selectAll().execute()).toHaveLength(1);
  });

  it('finds staff by a name typed in either script, by role and by service', async () => {
    const backend = await openTestBackend();
    const speech = await serviceIdOf(backend, 'speech_therapy');
    const karimova = await call(backend, 'staff.create', validStaff([speech]));
    const teacher = await call(backend, 'staff.create', {
      ...validStaff([]),
      familyName: 'Gʻulomov',
      givenName: 'Shahzod',
      roles: ['teacher'],
      phone: '',
    });
    const ids = async (input: object) => (await call(backend, 'staff.list', input)).map((staff) => staff.id);
    expect(await ids({})).toEqual([teacher.id, karimova.id]);
    expect(await ids({ query: 'Каримова' })).toEqual([karimova.id]);
    expect(await ids({ query: 'ғулом шаҳ' })).toEqual([teacher.id]);
    expect(await ids({ query: '90123' })).toEqual([karimova.id]);
    expect(await ids({ role: 'teacher' })).toEqual([teacher.id]);
    expect(await ids({ serviceId: speech })).toEqual([karimova.id]);
    expect(await ids({ query: 'nobody' })).toEqual([]);
  });

  it('keeps staff no longer in use out of the list unless asked', async () => {
    const backend = await openTestBackend();
    const created = await call(backend, 'staff.create', { ...validStaff(), active: false });
    expect(await call(backend, 'staff.list', {})).toEqual([]);
    expect((await call(backend, 'staff.list', { includeInactive: true })).map((s) => s.id)).toEqual([
      created.id,
    ]);
  });

  it('refuses invalid details field by field and writes nothing', async () => {
    const backend = await openTestBackend();
    const before = await placesSnapshot(backend);
    const result = await backend.handle('staff.create', {
      ...validStaff(),
      familyName: '',
      roles: [],
      phone: '12345',
      hours: [{ weekday: 8, start: '8:00', end: '17:00', breakStart: null, breakEnd: null }],
    });
    expectRefused(result, 'VALIDATION', {
      familyName: 'validation.required',
      roles: 'places.validation.rolesRequired',
      phone: 'validation.phone',
      'hours.0.weekday': 'validation.tooBig',
      'hours.0.start': 'validation.timeOfDay',
    });
    expect(await placesSnapshot(backend)).toEqual(before);
  });

  it('checks each day: end after start, a whole break inside the hours', async () => {
    const backend = await openTestBackend();
    const before = await placesSnapshot(backend);
    const day = (
      weekday: number,
      start: string,
      end: string,
      breakStart: string | null,
      breakEnd: string | null,
    ) => ({
      weekday,
      start,
      end,
      breakStart,
      breakEnd,
    });
    const result = await backend.handle('staff.create', {
      ...validStaff(),
      hours: [
        day(1, '17:00', '08:00', null, null),
        day(2, '08:00', '17:00', '12:00', null),
        day(3, '08:00', '17:00', '13:00', '12:00'),
        day(4, '08:00', '17:00', '07:30', '08:30'),
        day(5, '08:00', '17:00', '16:30', '17:00'),
      ],
    });
    expectRefused(result, 'VALIDATION', {
      'hours.0.end': 'validation.timeRange',
      'hours.1.breakEnd': 'places.validation.breakIncomplete',
      'hours.2.breakEnd': 'validation.timeRange',
      'hours.3.breakStart': 'places.validation.breakOutsideHours',
      'hours.4.breakStart': 'places.validation.breakOutsideHours',
    });
    expectRefused(
      await backend.handle('staff.create', {
        ...validStaff(),
        hours: [day(1, '08:00', '12:00', null, null), day(1, '13:00', '17:00', null, null)],
      }),
      'VALIDATION',
      { hours: 'places.validation.weekdayTwice' },
    );
    expect(await placesSnapshot(backend)).toEqual(before);
  });

  it('links services only to specialists and teachers, and only services that exist', async () => {
    const backend = await openTestBackend();
    const speech = await serviceIdOf(backend, 'speech_therapy');
    const before = await placesSnapshot(backend);
    expectRefused(
      await backend.handle('staff.create', { ...validStaff([speech]), roles: ['receptionist'] }),
      'VALIDATION',
      { serviceIds: 'places.validation.servicesNeedRole' },
    );
    expectRefused(await backend.handle('staff.create', validStaff([speech, 9999])), 'VALIDATION', {
      serviceIds: 'validation.invalidChoice',
    });
    expect(await placesSnapshot(backend)).toEqual(before);
    // A teacher delivers services too; a receptionist without services is fine.
    await call(backend, 'staff.create', { ...validStaff([speech]), roles: ['teacher'] });
    await call(backend, 'staff.create', { ...validStaff([]), roles: ['receptionist'] });
  });

  it('refuses an update of unknown services without touching the stored links', async () => {
    const backend = await openTestBackend();
    const speech = await serviceIdOf(backend, 'speech_therapy');
    const created = await call(backend, 'staff.create', validStaff([speech]));
    const before = await placesSnapshot(backend);
    expectRefused(
      await backend.handle('staff.update', { ...validStaff([9999]), id: created.id }),
      'VALIDATION',
      {
        serviceIds: 'validation.invalidChoice',
      },
    );
    expect(await placesSnapshot(backend)).toEqual(before);
  });

  it('answers NOT_FOUND for a staff member who does not exist', async () => {
    const backend = await openTestBackend();
    expectRefused(await backend.handle('staff.get', { id: 77 }), 'NOT_FOUND');
    expectRefused(await backend.handle('staff.update', { ...validStaff(), id: 77 }), 'NOT_FOUND');
  });
});
