import type { ChannelInput } from '../../../../../shared/contract';

/**
 * What the calendar is narrowed to. Kept in the address (?service=3&cancelled=1), so changing the view or
 * coming back to the page keeps it.
 */
export interface CalendarFilters {
  serviceId: number | null;
  specialistId: number | null;
  roomId: number | null;
  beneficiaryId: number | null;
  groupId: number | null;
  includeCancelled: boolean;
}

export const NO_FILTERS: CalendarFilters = {
  serviceId: null,
  specialistId: null,
  roomId: null,
  beneficiaryId: null,
  groupId: null,
  includeCancelled: false,
};

const PARAMS = {
  serviceId: 'service',
  specialistId: 'specialist',
  roomId: 'room',
  beneficiaryId: 'person',
  groupId: 'group',
} as const;
const CANCELLED = 'cancelled';

type IdFilter = keyof typeof PARAMS;
const ID_FILTERS = Object.keys(PARAMS) as IdFilter[];

function idParam(text: string | null): number | null {
  if (text === null || !/^[1-9]\d{0,9}$/.test(text)) return null;
  return Number(text);
}

export function readFilters(params: URLSearchParams): CalendarFilters {
  const filters = { ...NO_FILTERS, includeCancelled: params.get(CANCELLED) === '1' };
  for (const key of ID_FILTERS) filters[key] = idParam(params.get(PARAMS[key]));
  return filters;
}

/** The address's parameters with the filters written in; other parameters are kept. */
export function writeFilters(params: URLSearchParams, filters: CalendarFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ID_FILTERS) {
    const value = filters[key];
    if (value === null) next.delete(PARAMS[key]);
    else next.set(PARAMS[key], String(value));
  }
  if (filters.includeCancelled) next.set(CANCELLED, '1');
  else next.delete(CANCELLED);
  return next;
}

/** The filters as schedule.range takes them: only those that are set. */
export function rangeFilters(filters: CalendarFilters): Omit<ChannelInput<'schedule.range'>, 'from' | 'to'> {
  return {
    ...(filters.serviceId !== null && { serviceId: filters.serviceId }),
    ...(filters.specialistId !== null && { specialistId: filters.specialistId }),
    ...(filters.roomId !== null && { roomId: filters.roomId }),
    ...(filters.beneficiaryId !== null && { beneficiaryId: filters.beneficiaryId }),
    ...(filters.groupId !== null && { groupId: filters.groupId }),
    includeCancelled: filters.includeCancelled,
  };
}

/** Whether anything narrows the calendar (showing cancelled sessions widens it, so it does not count). */
export function isFiltered(filters: CalendarFilters): boolean {
  return ID_FILTERS.some((key) => filters[key] !== null);
}
