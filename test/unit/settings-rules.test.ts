import { describe, expect, it } from 'vitest';
import { isValidTimeZone, parseTimeOfDay } from '../../shared/domain/settings';
import { centreSettingsSchema } from '../../shared/contract/settings';
import { fieldIssues } from '../../shared/contract';

describe('settings rules', () => {
  it('reads times of day as minutes and refuses anything else', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('08:30')).toBe(510);
    expect(parseTimeOfDay('23:59')).toBe(1439);
    for (const bad of ['24:00', '8:30', '08:60', '08.30', '', ' 08:30'])
      expect(parseTimeOfDay(bad)).toBeNull();
  });

  it('knows real time zones', () => {
    expect(isValidTimeZone('Asia/Tashkent')).toBe(true);
    expect(isValidTimeZone('Asia/Samarkand')).toBe(true);
    expect(isValidTimeZone('Asia/Andijan')).toBe(false);
  });

  it('maps schema problems to catalogue keys by field, first problem per field', () => {
    const input = { name: 5, workingDays: [0, 8], dayStart: '08:00', dayEnd: '09:00', defaultLanguage: 'en' };
    const parsed = centreSettingsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldIssues(parsed.error, input)).toEqual({
      name: { key: 'validation.invalid' },
      address: { key: 'validation.required' },
      timeZone: { key: 'validation.required' },
      'workingDays.0': { key: 'validation.tooSmall', params: { min: 1 } },
      'workingDays.1': { key: 'validation.tooBig', params: { max: 7 } },
    });
  });
});
