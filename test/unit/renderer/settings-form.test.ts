import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type CentreSettings } from '../../../shared/domain/settings';
import { checkSettings, firstInvalidField } from '../../../renderer/src/features/settings/settingsForm';

const valid: CentreSettings = { ...DEFAULT_SETTINGS, name: 'Imkoniyatlar olami' };

describe('checking the settings form before sending', () => {
  it('sends valid values as typed', () => {
    const typed = { ...valid, name: '  Imkon  ', workingDays: [3, 1] as CentreSettings['workingDays'] };
    expect(checkSettings(typed)).toEqual({ ok: true, input: typed });
  });

  it('reports each invalid field with a catalogue key and its parameters', () => {
    const check = checkSettings({
      ...valid,
      name: '   ',
      address: 'x'.repeat(501),
      timeZone: 'Asia/Andijan',
      workingDays: [],
      dayStart: '25:00',
    });
    expect(check).toEqual({
      ok: false,
      issues: {
        name: { key: 'validation.required' },
        address: { key: 'validation.tooLong', params: { max: 500 } },
        timeZone: { key: 'validation.timeZone' },
        workingDays: { key: 'validation.workingDaysRequired' },
        dayStart: { key: 'validation.timeOfDay' },
      },
    });
  });

  it('puts a closing time before the opening time on the closing time', () => {
    const check = checkSettings({ ...valid, dayStart: '09:00', dayEnd: '07:30' });
    expect(check).toEqual({ ok: false, issues: { dayEnd: { key: 'validation.dayEndBeforeStart' } } });
  });

  it('focuses the first problem in screen order', () => {
    expect(
      firstInvalidField({ dayEnd: { key: 'validation.invalid' }, timeZone: { key: 'validation.timeZone' } }),
    ).toBe('timeZone');
    expect(firstInvalidField({ _form: { key: 'validation.invalid' } })).toBeUndefined();
  });
});
