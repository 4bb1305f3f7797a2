import { useCallback, useState } from 'react';
import type { AppErrorData, Result } from '../../../../../shared/contract';
import type { ProgrammeDetail } from '../../../../../shared/domain/programmes';
import { invoke } from '../../../api';
import { useLoad } from '../../../lib/useLoad';

/**
 * One programme and the actions on it: each action answers with the programme as it now is, which replaces
 * the one on screen; a refusal is kept to be shown above the page's sections.
 */
export function useProgramme(id: number) {
  const load = useCallback(() => invoke('programmes.get', { id }), [id]);
  const loaded = useLoad(load);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = useCallback((detail: ProgrammeDetail) => loaded.update(() => detail), [loaded]);

  const run = useCallback(
    async (action: () => Promise<Result<ProgrammeDetail>>): Promise<boolean> => {
      setBusy(true);
      setFailure(null);
      const result = await action();
      setBusy(false);
      if (!result.ok) {
        setFailure(result.error);
        return false;
      }
      apply(result.value);
      return true;
    },
    [apply],
  );

  return { ...loaded, apply, run, failure, busy, clearFailure: () => setFailure(null) };
}

export type ProgrammeState = ReturnType<typeof useProgramme>;
