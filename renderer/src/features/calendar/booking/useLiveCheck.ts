import { useEffect, useRef, useState } from 'react';
import type { ChannelInput, Result } from '../../../../../shared/contract';
import type { Clash } from '../../../../../shared/domain/scheduling';
import { invoke } from '../../../api';
import { toCheckInput, type BookingValues } from './bookingForm';

export type LiveCheck =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; clashes: Clash[] }
  | { status: 'failed'; error: Extract<Result<unknown>, { ok: false }>['error'] };

const DELAY_MS = 350;

/**
 * The clashes of the first session, asked again a moment after the fields stop changing. Each answer is kept
 * with the question it answers, so a late answer to an older question is never shown as the current one.
 */
export function useLiveCheck(values: BookingValues): LiveCheck {
  const input = toCheckInput(values);
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<{ key: string; result: Result<Clash[]> } | null>(null);
  const latest = useRef<string | null>(null);

  useEffect(() => {
    latest.current = key;
    if (key === null) return;
    const timer = setTimeout(() => {
      void invoke('schedule.check', JSON.parse(key) as ChannelInput<'schedule.check'>).then((result) => {
        if (latest.current === key) setAnswer({ key, result });
      });
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);

  if (key === null) return { status: 'idle' };
  if (answer?.key !== key) return { status: 'checking' };
  return answer.result.ok
    ? { status: 'done', clashes: answer.result.value }
    : { status: 'failed', error: answer.result.error };
}
