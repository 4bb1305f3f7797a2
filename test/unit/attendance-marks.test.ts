import { describe, expect, it } from 'vitest';
import {
  isFutureDate,
  markProblems,
  MARKS,
  needsReason,
  registerLetterKey,
} from '../../shared/domain/attendance';
import { catalogues } from '../../shared/i18n';
import { LANGUAGES } from '../../shared/domain/languages';

describe('attendance marks', () => {
  it('asks for a reason only for an excused absence', () => {
    expect(MARKS.filter(needsReason)).toEqual(['absent_excused']);
    expect(markProblems({ mark: 'absent_excused', reason: '  ' })).toEqual([
      { field: 'reason', problem: 'reasonRequired' },
    ]);
    expect(markProblems({ mark: 'absent_excused', reason: 'Kasal' })).toEqual([]);
    expect(markProblems({ mark: 'absent_unexcused' })).toEqual([]);
  });

  it('takes arrival and departure times only for someone who came, departure not before arrival', () => {
    expect(markProblems({ mark: 'present', arrivedAt: '08:10', departedAt: '16:30' })).toEqual([]);
    expect(markProblems({ mark: 'late', arrivedAt: '09:20' })).toEqual([]);
    expect(markProblems({ mark: 'present', arrivedAt: '16:30', departedAt: '08:10' })).toEqual([
      { field: 'departedAt', problem: 'departedBeforeArrived' },
    ]);
    expect(markProblems({ mark: 'absent_unexcused', arrivedAt: '08:10', departedAt: '09:00' })).toEqual([
      { field: 'arrivedAt', problem: 'timeOnlyWhenAttended' },
      { field: 'departedAt', problem: 'timeOnlyWhenAttended' },
    ]);
  });

  it('refuses dates after the centre’s today and takes today and earlier', () => {
    expect(isFutureDate('2026-03-11', '2026-03-10')).toBe(true);
    expect(isFutureDate('2026-03-10', '2026-03-10')).toBe(false);
    expect(isFutureDate('2026-02-28', '2026-03-10')).toBe(false);
  });

  it('has a register letter for every mark in every language, "Н" for an absence on the Russian form', () => {
    for (const mark of MARKS) expect(registerLetterKey(mark)).toBe(`attendance.letters.${mark}`);
    for (const lang of LANGUAGES)
      for (const mark of MARKS) expect(catalogues[lang].attendance.letters[mark].trim()).not.toBe('');
    expect(catalogues.ru.attendance.letters.absent_unexcused).toBe('Н');
  });
});
