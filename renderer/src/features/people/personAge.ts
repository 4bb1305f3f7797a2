import type { TFunction } from 'i18next';
import { ageInMonths } from '../../../../shared/domain/services';
import { ageText } from '../groups/format/ageBand';

/** Below this age a child's age is said in years and months, as early intervention counts it. */
const MONTHS_UNTIL_WHOLE_YEARS = 36;

/**
 * A person's age as the list and the file show it: "1 yosh 5 oy", "7 oy" for a small child (whole years put
 * every baby at 0 or 1), the whole years from three on.
 */
export function personAgeText(birthDate: string, years: number, today: string, t: TFunction): string {
  const months = ageInMonths(birthDate, today);
  return months < MONTHS_UNTIL_WHOLE_YEARS ? ageText(months, t) : String(years);
}
