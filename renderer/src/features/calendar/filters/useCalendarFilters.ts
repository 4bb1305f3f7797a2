import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readFilters, writeFilters, type CalendarFilters } from './calendarFilters';

/** The calendar's filters, read from and written to the address (replacing the entry, not adding to history). */
export function useCalendarFilters(): [CalendarFilters, (changes: Partial<CalendarFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const change = useCallback(
    (changes: Partial<CalendarFilters>) =>
      setParams((current) => writeFilters(current, { ...readFilters(current), ...changes }), {
        replace: true,
      }),
    [setParams],
  );
  return [filters, change];
}
