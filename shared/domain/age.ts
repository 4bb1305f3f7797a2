/** Ages in whole years from calendar dates ("YYYY-MM-DD"), as birthdays are counted: on the day itself. */

/** Whole years between a birth date and today; someone born on 29 February turns a year older on 1 March. */
export function ageInYears(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The same day `years` earlier; 29 February becomes 28 February in a common year. */
export function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  let monthDay = date.slice(5);
  if (monthDay === '02-29' && !isLeapYear(year)) monthDay = '02-28';
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Age bands of the people list, matching how the centre's services are split. */
export const AGE_BANDS = {
  /** Early intervention. */
  under3: { min: 0, max: 2 },
  preschool: { min: 3, max: 6 },
  school: { min: 7, max: 17 },
  adult: { min: 18, max: null },
} as const satisfies Record<string, { min: number; max: number | null }>;
export type AgeBand = keyof typeof AGE_BANDS;
export const AGE_BAND_NAMES = Object.keys(AGE_BANDS) as AgeBand[];

/**
 * The birth dates of the people whose age today lies in [min, max]: born on or before `latest` and, when the
 * band has an upper end, after `after`.
 */
export function birthDateBounds(band: AgeBand, today: string): { latest: string; after: string | null } {
  const { min, max } = AGE_BANDS[band];
  return { latest: yearsBefore(today, min), after: max === null ? null : yearsBefore(today, max + 1) };
}
