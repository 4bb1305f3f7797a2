import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type AppErrorData } from '../../../shared/contract';
import { LANGUAGES } from '../../../shared/domain/languages';
import { createI18n } from '../../../shared/i18n';
import {
  errorFieldIssues,
  errorMessageKey,
  isResult,
  issuesByField,
  unreachableError,
} from '../../../renderer/src/api/errors';

const error = (code: string, details?: AppErrorData['details']) =>
  ({ code, message: 'dev text', details }) as AppErrorData;

describe('error results to catalogue messages', () => {
  it('maps each error code to errors.<CODE>, which every catalogue translates', () => {
    for (const language of LANGUAGES) {
      const i18n = createI18n(language);
      for (const code of ERROR_CODES) {
        const key = errorMessageKey(error(code));
        expect(key).toBe(`errors.${code}`);
        expect(i18n.exists(key), `${language}: ${key}`).toBe(true);
      }
    }
  });

  it('explains a backend that could not be asked as unreachable, not as an internal error', () => {
    expect(errorMessageKey(unreachableError('no bridge'))).toBe('errors.unreachable');
    expect(unreachableError('no bridge').code).toBe('INTERNAL');
    expect(errorMessageKey(error('INTERNAL'))).toBe('errors.INTERNAL');
  });

  it('treats a code this version does not know as an internal error', () => {
    expect(errorMessageKey(error('SOMETHING_NEW'))).toBe('errors.INTERNAL');
  });

  it('takes field issues only from VALIDATION errors', () => {
    const fields = { name: { key: 'validation.required' } };
    expect(errorFieldIssues(error('VALIDATION', { fields }))).toEqual(fields);
    expect(errorFieldIssues(error('VALIDATION'))).toEqual({});
    expect(errorFieldIssues(error('CONFLICT', { fields }))).toEqual({});
  });

  it('groups nested paths under their field and keeps the first issue of each', () => {
    expect(
      issuesByField({
        'workingDays.2': { key: 'validation.tooBig', params: { max: 7 } },
        'workingDays.0': { key: 'validation.invalid' },
        dayEnd: { key: 'validation.dayEndBeforeStart' },
        _form: { key: 'validation.unknownField', params: { keys: 'colour' } },
      }),
    ).toEqual({
      workingDays: { key: 'validation.tooBig', params: { max: 7 } },
      dayEnd: { key: 'validation.dayEndBeforeStart' },
      _form: { key: 'validation.unknownField', params: { keys: 'colour' } },
    });
  });

  it('recognises results and rejects other shapes', () => {
    expect(isResult({ ok: true, value: null })).toBe(true);
    expect(isResult({ ok: false, error: { code: 'NOT_FOUND', message: '' } })).toBe(true);
    for (const value of [undefined, null, 'ok', {}, { ok: true }, { ok: false }, { ok: false, error: {} }]) {
      expect(isResult(value), JSON.stringify(value)).toBe(false);
    }
  });
});
