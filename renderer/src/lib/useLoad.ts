import { useCallback, useEffect, useState } from 'react';
import type { AppErrorData, Result } from '../../../shared/contract';

export type LoadState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: AppErrorData };

/**
 * Runs `load` on mount and on retry. `load` must be stable (a module-level function), or it would run on
 * every render. `update` changes a loaded value in place (after a save), without loading it again.
 */
export function useLoad<T>(load: () => Promise<Result<T>>): {
  state: LoadState<T>;
  retry: () => void;
  update: (change: (value: T) => T) => void;
} {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    void load().then((result) => {
      // An answer for an unmounted page or a superseded attempt must not overwrite newer state.
      if (!current) return;
      setState(
        result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const update = useCallback((change: (value: T) => T) => {
    setState((current) =>
      current.status === 'ready' ? { status: 'ready', value: change(current.value) } : current,
    );
  }, []);

  return { state, retry, update };
}
