import { useCallback } from 'react';
import type { Result } from '../../../../shared/contract';
import { useLoad } from '../../lib/useLoad';

/**
 * A list loaded once and then kept up to date in place as records are saved, so the table does not blink
 * back to "Loading…" after every edit. `load` must be stable (module level or memoised).
 */
export function useRecords<T extends { id: number }>(load: () => Promise<Result<T[]>>) {
  const { state, retry, update } = useLoad(load);

  /** Puts a saved record in place of its old version, or at the end when it is new. */
  const upsert = useCallback(
    (record: T) =>
      update((records) =>
        records.some((r) => r.id === record.id)
          ? records.map((r) => (r.id === record.id ? record : r))
          : [...records, record],
      ),
    [update],
  );

  const remove = useCallback(
    (id: number) => update((records) => records.filter((r) => r.id !== id)),
    [update],
  );

  return { state, reload: retry, upsert, remove };
}
