import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendar';
import { normalizePhone } from '../../domain/phone';
import { parseTimeOfDay } from '../../domain/settings';

/** Field schemas shared by the places channels. */

export const recordId = z.number().int().positive();

export const calendarDate = z.string().refine(isCalendarDate, 'validation.date');

export const timeOfDay = z.string().refine((text) => parseTimeOfDay(text) !== null, 'validation.timeOfDay');

export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);

/** A typed phone number, stored as "+998901234567"; an empty field is no phone. */
export const optionalPhone = z
  .string()
  .refine((text) => text.trim() === '' || normalizePhone(text) !== null, 'validation.phone')
  .transform((text) => (text.trim() === '' ? null : normalizePhone(text)));

/** A list without repeats: a repeat is a slip of the client, not something to store twice. */
export function distinct<T extends z.ZodType>(item: T) {
  return z.array(item).refine((items) => new Set(items).size === items.length, 'validation.invalid');
}

/** Inclusive date ranges end on or after the day they start. */
export function endsOnOrAfterStart(range: { startDate: string; endDate: string }): boolean {
  return (
    !isCalendarDate(range.startDate) || !isCalendarDate(range.endDate) || range.endDate >= range.startDate
  );
}

/** A span of days asked for by a list or the calendar: [from, to], both included. */
export const dayRangeQuery = z
  .strictObject({ from: calendarDate, to: calendarDate })
  .refine((range) => endsOnOrAfterStart({ startDate: range.from, endDate: range.to }), {
    message: 'validation.dateRange',
    path: ['to'],
  });
