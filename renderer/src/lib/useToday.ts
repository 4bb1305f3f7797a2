import { useEffect, useState } from 'react';
import { calendarDateIn } from './zonedDate';

/** How often the date is looked at again: reception keeps the app open across midnight. */
const TICK_MS = 30_000;

/** Today's calendar date ("2026-03-21") in the given time zone. */
export function useToday(timeZone: string): string {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return calendarDateIn(now, timeZone);
}
