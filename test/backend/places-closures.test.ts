import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { closuresBetween } from '../../electron/backend/places';
import { openTestBackend } from './backend-fixture';
import { call, expectRefused, placesSnapshot } from './places-fixture';

// Far from the years the holiday calendar fills in at start, so only this test's closures are there.
const repairs: ChannelInput<'closures.create'> = {
  kind: 'centre',
  name: ' Taʼmirlash ishlari ',
  startDate: '2040-08-03',
  endDate: '2040-08-07',
};

describe('closures', () => {
  it('creates a centre closure and lists it for any range that shares a day with it', async () => {
    const backend = await openTestBackend();
    const created = await call(backend, 'closures.create', repairs);
    expect(created).toEqual({
      id: created.id,
      kind: 'centre',
      name: 'Taʼmirlash ishlari',
      startDate: '2040-08-03',
      endDate: '2040-08-07',
      holiday: null,
    });
    const list = async (from: string, to: string) =>
      (await call(backend, 'closures.list', { from, to })).map((c) => c.id);
    expect(await list('2040-01-01', '2040-12-31')).toEqual([created.id]);
    expect(await list('2040-08-07', '2040-08-07')).toEqual([created.id]);
    expect(await list('2040-07-01', '2040-08-03')).toEqual([created.id]);
    expect(await list('2040-08-08', '2040-12-31')).toEqual([]);
    expect(await list('2040-01-01', '2040-08-02')).toEqual([]);
  });

  it('lists closures by start date, and gives the same to the scheduling code through closuresBetween', async () => {
    const backend = await openTestBackend();
    const late = await call(backend, 'closures.create', {
      ...repairs,
      startDate: '2040-09-01',
      endDate: '2040-09-01',
    });
    const early = await call(backend, 'closures.create', {
      ...repairs,
      kind: 'holiday',
      name: 'Qoʻshimcha dam olish kuni',
      startDate: '2040-01-02',
      endDate: '2040-01-02',
    });
    const listed = await call(backend, 'closures.list', { from: '2040-01-01', to: '2040-12-31' });
    expect(listed.map((c) => c.id)).toEqual([early.id, late.id]);
    expect(await closuresBetween(backend.db, '2040-01-01', '2040-12-31')).toEqual(listed);
  });

  it('refuses bad dates and ranges field by field, and writes nothing', async () => {
    const backend = await openTestBackend();
    const before = await placesSnapshot(backend);
    expectRefused(
      await backend.handle('closures.create', {
        ...repairs,
        name: '',
        startDate: '31.12.2040',
        endDate: '2040-13-01',
      }),
      'VALIDATION',
      { name: 'validation.required', startDate: 'validation.date', endDate: 'validation.date' },
    );
    expectRefused(
      await backend.handle('closures.create', { ...repairs, endDate: '2040-08-02' }),
      'VALIDATION',
      {
        endDate: 'validation.dateRange',
      },
    );
    expectRefused(
      await backend.handle('closures.create', { ...repairs, endDate: '2041-08-04' }),
      'VALIDATION',
      {
        endDate: 'places.validation.closureTooLong',
      },
    );
    expectRefused(await backend.handle('closures.create', { ...repairs, kind: 'strike' }), 'VALIDATION', {
      kind: 'validation.invalidChoice',
    });
    expectRefused(
      await backend.handle('closures.list', { from: '2040-02-01', to: '2040-01-01' }),
      'VALIDATION',
      {
        to: 'validation.dateRange',
      },
    );
    expect(await placesSnapshot(backend)).toEqual(before);
    // A year and a day is the longest allowed.
    await call(backend, 'closures.create', { ...repairs, startDate: '2040-01-01', endDate: '2040-12-31' });
  });

  it('updates and deletes closures, and answers NOT_FOUND for unknown ones', async () => {
    const backend = await openTestBackend();
    const created = await call(backend, 'closures.create', repairs);
    const updated = await call(backend, 'closures.update', {
      ...repairs,
      id: created.id,
      name: 'Dezinfeksiya',
      endDate: '2040-08-04',
    });
    expect(updated).toMatchObject({ name: 'Dezinfeksiya', endDate: '2040-08-04' });
    expect(await call(backend, 'closures.delete', { id: created.id })).toEqual({ id: created.id });
    expect(await call(backend, 'closures.list', { from: '2040-01-01', to: '2040-12-31' })).toEqual([]);
    expectRefused(await backend.handle('closures.delete', { id: created.id }), 'NOT_FOUND');
    expectRefused(await backend.handle('closures.update', { ...repairs, id: created.id }), 'NOT_FOUND');
  });
});
