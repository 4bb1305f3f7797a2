import { useCallback, useEffect, useState } from 'react';
import type { AppErrorData, Result } from '../../../../shared/contract';

export type RecordsState<T> =
  { status: 'loading' } | { status: 'ready'; records: T[] } | { status: 'failed'; error: AppErrorData };

/**
 * A list loaded once and then kept up to date in place as records are saved, so the table does not blink
 * back to "Loading…" after every edit. `load` must be stable (module level or memoised).
 */
export function useRecords<T extends { id: number }>(load: () => Promise<Result<T[]>>) {
  const [state, setState] = useState<RecordsState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      setState(
        result.ok ? { status: 'ready', records: result.value } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  /** Puts a saved record in place of its old version, or at the end when it is new. */
  const upsert = useCallback((record: T) => {
    setState((current) => {
      if (current.status !== 'ready') return current;
      const exists = current.records.some((r) => r.id === record.id);
      return {
        status: 'ready',
        records: exists
          ? current.records.map((r) => (r.id === record.id ? record : r))
          : [...current.records, record],
      };
    });
  }, []);

  const remove = useCallback((id: number) => {
    setState((current) =>
      current.status === 'ready'
        ? { status: 'ready', records: current.records.filter((r) => r.id !== id) }
        : current,
    );
  }, []);

  return { state, reload, upsert, remove };
}
