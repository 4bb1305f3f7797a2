import type { TFunction } from 'i18next';
import type { AgeBand } from '../../../../../shared/domain/services';

/**
 * People say a group is for "4–6 years": the oldest age is inclusive. The backend keeps the band as
 * [min, max) in months, so the oldest age shown is the month before max, written in whole years when it is
 * the last month of a year (max 84 → "6 years").
 */
export function oldestAgeMonths(maxAgeMonths: number): number {
  return maxAgeMonths - 1;
}

/** Whole years when an inclusive upper age covers a full year (83 months → 6), else null. */
function inclusiveYears(maxAgeMonths: number): number | null {
  return maxAgeMonths % 12 === 0 ? maxAgeMonths / 12 - 1 : null;
}

/** An age as people say it: "18 mo", "3 y", "2 y 6 mo" (the abbreviations of the person's language). */
export function ageText(months: number, t: TFunction): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return t('groups.age.monthsShort', { count: rest });
  if (rest === 0) return t('groups.age.yearsShort', { count: years });
  return t('groups.age.yearsMonthsShort', { years, months: rest });
}

/** "4–6 years", "From 3 years", "Up to 6 years", "1 y 6 mo – 3 y", or "Any age". */
export function ageBandText(band: AgeBand, t: TFunction): string {
  const min = band.minAgeMonths === null || band.minAgeMonths === 0 ? null : band.minAgeMonths;
  const max = band.maxAgeMonths;
  if (min === null && max === null) return t('groups.age.any');
  const fromYears = min !== null && min % 12 === 0 ? min / 12 : null;
  const toYears = max === null ? null : inclusiveYears(max);
  if (max === null) {
    return fromYears !== null
      ? t('groups.age.fromYears', { count: fromYears })
      : t('groups.age.from', { age: ageText(min ?? 0, t) });
  }
  if (min === null) {
    return toYears !== null
      ? t('groups.age.upToYears', { count: toYears })
      : t('groups.age.upTo', { age: ageText(oldestAgeMonths(max), t) });
  }
  if (fromYears !== null && toYears !== null && toYears > fromYears)
    return t('groups.age.yearsRange', { from: fromYears, count: toYears });
  if (fromYears !== null && toYears === fromYears) return t('groups.age.years', { count: fromYears });
  return t('groups.age.range', { from: ageText(min, t), to: ageText(oldestAgeMonths(max), t) });
}
