import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { openTestBackend } from './backend-fixture';
import { call, expectRefused, placesSnapshot } from './places-fixture';

const pool: ChannelInput<'rooms.create'> = {
  name: 'Suzish havzasi',
  kind: 'pool',
  capacity: 12,
  notes: '4 yoʻlak',
  active: true,
};

describe('rooms', () => {
  it('creates rooms and lists those in use by name', async () => {
    const backend = await openTestBackend();
    const created = await call(backend, 'rooms.create', { ...pool, name: '  Suzish havzasi ' });
    expect(created).toEqual({ id: created.id, ...pool });
    const gym = await call(backend, 'rooms.create', { ...pool, name: 'Adaptiv sport zali', kind: 'gym' });
    const old = await call(backend, 'rooms.create', { ...pool, name: 'Eski zal', active: false });
    expect((await call(backend, 'rooms.list', {})).map((r) => r.id)).toEqual([gym.id, created.id]);
    expect((await call(backend, 'rooms.list', { includeInactive: true })).map((r) => r.id)).toEqual([
      gym.id,
      created.id,
      old.id,
    ]);
  });

  it('updates a room, keeping its own name', async () => {
    const backend = await openTestBackend();
    const created = await call(backend, 'rooms.create', pool);
    const updated = await call(backend, 'rooms.update', { ...pool, id: created.id, capacity: 10 });
    expect(updated.capacity).toBe(10);
  });

  it('refuses a capacity outside 1–500 and an unknown kind, and writes nothing', async () => {
    const backend = await openTestBackend();
    const before = await placesSnapshot(backend);
    expectRefused(
      await backend.handle('rooms.create', { ...pool, capacity: 0, kind: 'sauna', name: '' }),
      'VALIDATION',
      {
        capacity: 'validation.tooSmall',
        kind: 'validation.invalidChoice',
        name: 'validation.required',
      },
    );
    expectRefused(await backend.handle('rooms.create', { ...pool, capacity: 501 }), 'VALIDATION', {
      capacity: 'validation.tooBig',
    });
    expectRefused(await backend.handle('rooms.create', { ...pool, capacity: 2.5 }), 'VALIDATION', {
      capacity: 'validation.invalid',
    });
    expect(await placesSnapshot(backend)).toEqual(before);
  });

  it('refuses a second room of the same name, whatever its case, at the name', async () => {
    const backend = await openTestBackend();
    const first = await call(backend, 'rooms.create', pool);
    const other = await call(backend, 'rooms.create', { ...pool, name: 'Sport zali' });
    const before = await placesSnapshot(backend);
    expectRefused(await backend.handle('rooms.create', { ...pool, name: 'SUZISH HAVZASI' }), 'CONFLICT', {
      name: 'places.validation.roomNameTaken',
    });
    expectRefused(await backend.handle('rooms.update', { ...pool, id: other.id }), 'CONFLICT', {
      name: 'places.validation.roomNameTaken',
    });
    expect(await placesSnapshot(backend)).toEqual(before);
    expect(first.name).toBe(pool.name);
  });

  it('answers NOT_FOUND for a room that does not exist', async () => {
    const backend = await openTestBackend();
    expectRefused(await backend.handle('rooms.update', { ...pool, id: 42 }), 'NOT_FOUND');
  });
});
