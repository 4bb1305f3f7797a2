import { rangesOverlap } from './calendar';

/** Days the centre is closed: public holidays and closures of its own (repairs, disinfection, training days). */

export const CLOSURE_KINDS = ['holiday', 'centre'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];

/** Uzbek public holidays the app knows by name in every language. */
export const HOLIDAY_RULES = [
  'new_year',
  'womens_day',
  'navruz',
  'ramazon_hayit',
  'remembrance_day',
  'qurbon_hayit',
  'independence_day',
  'teachers_day',
  'constitution_day',
] as const;
export type HolidayRule = (typeof HOLIDAY_RULES)[number];

/** Ramazon and Qurbon hayit follow the moon and are announced each year: the manager may need to move them. */
export const MOVING_HOLIDAYS: readonly HolidayRule[] = ['ramazon_hayit', 'qurbon_hayit'];

export function isHolidayRule(value: string): value is HolidayRule {
  return (HOLIDAY_RULES as readonly string[]).includes(value);
}

/** Where a closure filled in from the holiday calendar came from. */
export interface HolidayOrigin {
  year: number;
  /** A known rule, or the calendar's own rule text for one the app does not name. */
  rule: string;
  /** A working day off given in place of a holiday that fell on a weekend. */
  transferred: boolean;
}

/** The `holiday_key` of a filled-in holiday: "<year>:<rule>", with ":transfer" for a day off moved to a weekday. */
export function holidayKey(origin: HolidayOrigin): string {
  return `${origin.year}:${origin.rule}${origin.transferred ? ':transfer' : ''}`;
}

export function parseHolidayKey(key: string): HolidayOrigin | null {
  const match = /^(\d{4}):([^:]+)(:transfer)?$/.exec(key);
  if (!match) return null;
  return { year: Number(match[1]), rule: match[2] ?? '', transferred: match[3] !== undefined };
}

export interface Closure {
  id: number;
  /** Inclusive calendar dates in the centre's time zone. */
  startDate: string;
  endDate: string;
  kind: ClosureKind;
  /** As entered, or for a filled-in holiday its name in Uzbek (the interface shows its own name per language). */
  name: string;
  /** Set for holidays filled in from the calendar; null for those entered by hand. */
  holiday: HolidayOrigin | null;
}

/** The closure that covers a date, if any. */
export function closureOn<C extends Pick<Closure, 'startDate' | 'endDate'>>(
  closures: readonly C[],
  date: string,
): C | undefined {
  return closures.find((closure) => closure.startDate <= date && date <= closure.endDate);
}

export function isClosed(date: string, closures: readonly Pick<Closure, 'startDate' | 'endDate'>[]): boolean {
  return closureOn(closures, date) !== undefined;
}

/** The closures that share at least one day with [from, to]. */
export function closuresOverlapping<C extends Pick<Closure, 'startDate' | 'endDate'>>(
  closures: readonly C[],
  from: string,
  to: string,
): C[] {
  return closures.filter((closure) => rangesOverlap(closure, { startDate: from, endDate: to }));
}
