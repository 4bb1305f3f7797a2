import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { openTestBackend } from './backend-fixture';
import { call, expectRefused, placesSnapshot } from './places-fixture';

const newService: ChannelInput<'services.create'> = {
  names: {
    'uz-Latn': 'Musiqa terapiyasi',
    'uz-Cyrl': 'Мусиқа терапияси',
    ru: 'Музыкальная терапия',
    en: 'Music therapy',
  },
  kind: 'group',
  defaultMinutes: 40,
  minAgeMonths: 36,
  maxAgeMonths: 144,
  eligibility: ['disability', 'low_income'],
  colour: '#AA33CC',
  active: true,
};

describe('services', () => {
  it('lists the pre-filled catalogue of a new centre in its own order', async () => {
    const backend = await openTestBackend();
    const services = await call(backend, 'services.list', {});
    expect(services).toHaveLength(15);
    expect(services[0]).toMatchObject({
      code: 'early_intervention',
      names: { 'uz-Latn': 'Erta aralashuv', ru: 'Ранняя помощь', en: 'Early intervention' },
      kind: 'individual',
      minAgeMonths: 0,
      maxAgeMonths: 36,
      eligibility: [],
      active: true,
    });
    expect(services.find((s) => s.code === 'pool')).toMatchObject({
      kind: 'group',
      eligibility: ['disability'],
    });
    expect(services.find((s) => s.code === 'day_care')).toMatchObject({
      kind: 'day_care',
      minAgeMonths: null,
    });
  });

  it('creates a service with a generated code and the colour in lower case', async () => {
    const backend = await openTestBackend();
    const created = await call(backend, 'services.create', newService);
    expect(created).toMatchObject({ ...newService, colour: '#aa33cc', code: `service_${created.id}` });
    const listed = await call(backend, 'services.list', {});
    expect(listed.at(-1)).toEqual(created);
  });

  it('updates every field but the code, and can take a service out of use', async () => {
    const backend = await openTestBackend();
    const [first] = await call(backend, 'services.list', {});
    const updated = await call(backend, 'services.update', {
      ...newService,
      id: first!.id,
      names: { ...first!.names, en: 'Early childhood intervention' },
      active: false,
    });
    expect(updated).toMatchObject({
      id: first!.id,
      code: 'early_intervention',
      active: false,
      defaultMinutes: 40,
    });
    expect(updated.names.en).toBe('Early childhood intervention');
    const inUse = await call(backend, 'services.list', {});
    expect(inUse.map((s) => s.id)).not.toContain(first!.id);
    const all = await call(backend, 'services.list', { includeInactive: true });
    expect(all.at(-1)?.id).toBe(first!.id);
  });

  it('refuses invalid fields one by one and writes nothing', async () => {
    const backend = await openTestBackend();
    const before = await placesSnapshot(backend);
    const result = await backend.handle('services.create', {
      ...newService,
      names: { ...newService.names, ru: '  ' },
      kind: 'online',
      defaultMinutes: 2,
      colour: 'purple',
      eligibility: ['disability', 'disability'],
    });
    expectRefused(result, 'VALIDATION', {
      'names.ru': 'validation.required',
      kind: 'validation.invalidChoice',
      defaultMinutes: 'validation.tooSmall',
      colour: 'validation.colour',
      eligibility: 'validation.invalid',
    });
    expect(await placesSnapshot(backend)).toEqual(before);
  });

  it('refuses an age band whose upper end is not above its lower end', async () => {
    const backend = await openTestBackend();
    const result = await backend.handle('services.create', {
      ...newService,
      minAgeMonths: 72,
      maxAgeMonths: 72,
    });
    expectRefused(result, 'VALIDATION', { maxAgeMonths: 'places.validation.ageBand' });
    // Open ends are fine.
    await call(backend, 'services.create', { ...newService, minAgeMonths: 72, maxAgeMonths: null });
  });

  it('refuses a name another service has in the same language, at that name', async () => {
    const backend = await openTestBackend();
    const before = await placesSnapshot(backend);
    const result = await backend.handle('services.create', {
      ...newService,
      names: { ...newService.names, ru: 'бассейн', en: 'Massage' },
    });
    expectRefused(result, 'CONFLICT', {
      'names.ru': 'places.validation.serviceNameTaken',
      'names.en': 'places.validation.serviceNameTaken',
    });
    expect(await placesSnapshot(backend)).toEqual(before);
    // A service keeps its own name when edited.
    const [first] = await call(backend, 'services.list', {});
    const { id, code: _code, ...fields } = first!;
    await call(backend, 'services.update', { id, ...fields, defaultMinutes: 50 });
  });

  it('answers NOT_FOUND for a service that does not exist', async () => {
    const backend = await openTestBackend();
    expectRefused(await backend.handle('services.update', { ...newService, id: 999 }), 'NOT_FOUND');
  });

  it('needs the centre permissions', async () => {
    const backend = await openTestBackend();
    const reader = { userId: 'u1', permissions: new Set(['centre.read'] as const) };
    expect((await backend.handle('services.list', {}, reader)).ok).toBe(true);
    expectRefused(await backend.handle('services.create', newService, reader), 'FORBIDDEN');
  });
});
