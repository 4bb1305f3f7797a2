import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { DEFAULT_SETTINGS, type CentreSettings } from '../../shared/domain/settings';
import { expectOk, openTestBackend, testDir } from './backend-fixture';

const valid: CentreSettings = {
  name: 'Imkoniyatlar olami',
  address: 'Andijon shahri',
  timeZone: 'Asia/Tashkent',
  workingDays: [1, 2, 3, 4, 5],
  dayStart: '08:30',
  dayEnd: '17:30',
  defaultLanguage: 'ru',
};

describe('settings channels', () => {
  it('gives the defaults of a new centre', async () => {
    const backend = await openTestBackend();
    expect(expectOk(await backend.handle('settings.get', {}))).toEqual(DEFAULT_SETTINGS);
  });

  it('saves settings that survive closing and reopening the database', async () => {
    const dataDir = testDir();
    const first = await createBackend({ dataDir });
    const saved = expectOk(
      await first.handle('settings.update', {
        ...valid,
        name: '  Imkoniyatlar olami  ',
        workingDays: [6, 1, 3],
      }),
    );
    expect(saved).toEqual({ ...valid, workingDays: [1, 3, 6] });
    await first.close();

    const second = await createBackend({ dataDir });
    try {
      expect(expectOk(await second.handle('settings.get', {}))).toEqual({ ...valid, workingDays: [1, 3, 6] });
    } finally {
      await second.close();
    }
  });

  it('refuses invalid settings field by field and writes nothing', async () => {
    const backend = await openTestBackend();
    const result = await backend.handle('settings.update', {
      ...valid,
      name: '   ',
      timeZone: 'Asia/Atlantis',
      workingDays: [],
      dayStart: '25:00',
      defaultLanguage: 'de',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: {
          fields: {
            name: { key: 'validation.required' },
            timeZone: { key: 'validation.timeZone' },
            workingDays: { key: 'validation.workingDaysRequired' },
            dayStart: { key: 'validation.timeOfDay' },
            defaultLanguage: { key: 'validation.invalidChoice' },
          },
        },
      },
    });
    expect(expectOk(await backend.handle('settings.get', {}))).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses a closing time before the opening time on the closing field', async () => {
    const backend = await openTestBackend();
    const result = await backend.handle('settings.update', { ...valid, dayStart: '18:00', dayEnd: '09:00' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { dayEnd: { key: 'validation.dayEndBeforeStart' } } } },
    });
  });

  it('refuses unknown and missing keys and repeated days', async () => {
    const backend = await openTestBackend();
    const { address: _omitted, ...withoutAddress } = valid;
    const result = await backend.handle('settings.update', {
      ...withoutAddress,
      workingDays: [1, 1],
      isAdmin: true,
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: {
          fields: {
            address: { key: 'validation.required' },
            workingDays: { key: 'validation.invalid' },
            _form: { key: 'validation.unknownField', params: { keys: 'isAdmin' } },
          },
        },
      },
    });
  });

  it('refuses a name longer than 200 characters with the limit', async () => {
    const backend = await openTestBackend();
    const result = await backend.handle('settings.update', { ...valid, name: 'x'.repeat(201) });
    expect(result).toMatchObject({
      ok: false,
      error: { details: { fields: { name: { key: 'validation.tooLong', params: { max: 200 } } } } },
    });
  });
});
