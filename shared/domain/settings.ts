import type { Language } from './languages';

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

export const DEFAULT_TIME_ZONE = 'Asia/Tashkent';

export interface CentreSettings {
  name: string;
  address: string;
  timeZone: string;
  /** Days the centre works, ISO weekday numbers in ascending order. */
  workingDays: IsoWeekday[];
  /** Opening and closing time, "HH:MM" in the centre's time zone. */
  dayStart: string;
  dayEnd: string;
  defaultLanguage: Language;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes since midnight for "HH:MM", or null when the text is not a valid time of day. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** A new centre: a Monday-to-Saturday week in Tashkent; the name is left for the manager to fill in. */
export const DEFAULT_SETTINGS: Readonly<CentreSettings> = {
  name: '',
  address: '',
  timeZone: DEFAULT_TIME_ZONE,
  workingDays: [1, 2, 3, 4, 5, 6],
  dayStart: '08:00',
  dayEnd: '18:00',
  defaultLanguage: 'uz-Latn',
};
