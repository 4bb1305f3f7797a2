import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { personAgeText } from '../../../renderer/src/features/people/personAge';

const today = '2026-12-08';

describe('a person’s age on the list and the file', () => {
  it('says a small child’s age in years and months, in the person’s language', () => {
    expect(personAgeText('2025-07-08', 1, today, createI18n('uz-Latn').t)).toBe('1 yosh 5 oy');
    expect(personAgeText('2025-07-08', 1, today, createI18n('ru').t)).toBe('1 г. 5 мес.');
    expect(personAgeText('2026-06-29', 0, today, createI18n('en').t)).toBe('5 mo');
    expect(personAgeText('2024-12-08', 2, today, createI18n('en').t)).toBe('2 y');
  });

  it('says whole years from three on', () => {
    expect(personAgeText('2023-12-08', 3, today, createI18n('en').t)).toBe('3');
    expect(personAgeText('2015-02-07', 11, today, createI18n('ru').t)).toBe('11');
  });
});
