import { z } from 'zod';
import { daysInRange, isCalendarDate } from '../../domain/calendar';
import { CLOSURE_KINDS, type Closure } from '../../domain/closures';
import { channel, returns } from '../channel';
import { calendarDate, dayRangeQuery, endsOnOrAfterStart, recordId, requiredText } from './fields';

/** A closure longer than a year is a typing mistake in a year, not a plan. */
export const MAX_CLOSURE_DAYS = 366;

const closureFields = {
  kind: z.enum(CLOSURE_KINDS),
  name: requiredText(200),
  startDate: calendarDate,
  endDate: calendarDate,
};

type Range = { startDate: string; endDate: string };
const notTooLong = (range: Range) =>
  !isCalendarDate(range.startDate) ||
  !isCalendarDate(range.endDate) ||
  range.endDate < range.startDate ||
  daysInRange(range.startDate, range.endDate) <= MAX_CLOSURE_DAYS;

export const closureInputSchema = z
  .strictObject(closureFields)
  .refine(endsOnOrAfterStart, { message: 'validation.dateRange', path: ['endDate'] })
  .refine(notTooLong, { message: 'places.validation.closureTooLong', path: ['endDate'] });

export const closureUpdateSchema = z
  .strictObject({ id: recordId, ...closureFields })
  .refine(endsOnOrAfterStart, { message: 'validation.dateRange', path: ['endDate'] })
  .refine(notTooLong, { message: 'places.validation.closureTooLong', path: ['endDate'] });

export const closuresChannels = {
  /** The closures that share a day with [from, to], by start date. */
  'closures.list': channel({
    input: dayRangeQuery,
    output: returns<Closure[]>(),
    permission: 'centre.read',
  }),
  'closures.create': channel({
    input: closureInputSchema,
    output: returns<Closure>(),
    permission: 'centre.write',
  }),
  /** Also corrects a filled-in holiday (a moving feast announced on another day); it is never filled in again. */
  'closures.update': channel({
    input: closureUpdateSchema,
    output: returns<Closure>(),
    permission: 'centre.write',
  }),
  'closures.delete': channel({
    input: z.strictObject({ id: recordId }),
    output: returns<{ id: number }>(),
    permission: 'centre.write',
  }),
};
