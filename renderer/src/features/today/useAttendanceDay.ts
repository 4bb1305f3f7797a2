import { useCallback, useState } from 'react';
import type { AppErrorData, ChannelInput } from '../../../../shared/contract';
import type { AttendanceDay } from '../../../../shared/contract/attendance';
import type { Service } from '../../../../shared/domain/services';
import { errorFieldIssues, errorMessageKey, invoke } from '../../api';
import { useLoad } from '../../lib/useLoad';
import type { Message } from '../../lib/message';
import { withMark } from './board';

export interface BoardData {
  day: AttendanceDay;
  services: Service[];
}

/**
 * A refused write explained: the first field issue (a future date, a missing reason), the attendance key a
 * conflict names (a cancelled session), or the error's code.
 */
export function errorMessage(error: AppErrorData): Message {
  const issue = Object.values(errorFieldIssues(error))[0];
  if (issue) return { key: issue.key, ...(issue.params && { params: issue.params }) };
  const named = error.details?.['key'];
  if (error.code === 'CONFLICT' && typeof named === 'string' && named.startsWith('attendance.'))
    return { key: named };
  return { key: errorMessageKey(error) };
}

/**
 * The board of one date and the writes it makes. A write updates the board from its answer, so nothing
 * flickers; a refused one leaves the board as it was and says why.
 */
export function useAttendanceDay(date: string) {
  const load = useCallback(async () => {
    const [day, services] = await Promise.all([
      invoke('attendance.day', { date }),
      invoke('services.list', { includeInactive: true }),
    ]);
    if (!day.ok) return day;
    return { ok: true as const, value: { day: day.value, services: services.ok ? services.value : [] } };
  }, [date]);
  const { state, retry, update } = useLoad<BoardData>(load);
  const [failure, setFailure] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const mark = useCallback(
    async (input: ChannelInput<'attendance.mark'>): Promise<boolean> => {
      setBusy(true);
      const result = await invoke('attendance.mark', input);
      setBusy(false);
      if (!result.ok) {
        setFailure(errorMessage(result.error));
        return false;
      }
      setFailure(null);
      update((data) => ({
        ...data,
        day: {
          ...data.day,
          sessions: withMark(data.day.sessions, input.sessionId, input.beneficiaryId, result.value),
        },
      }));
      return true;
    },
    [update],
  );

  /** Saves a roll call; the refusal comes back to the dialog, which keeps what was chosen. */
  const rollCall = useCallback(
    async (input: ChannelInput<'attendance.rollCall'>): Promise<Message | null> => {
      const result = await invoke('attendance.rollCall', input);
      if (!result.ok) return errorMessage(result.error);
      update((data) => {
        let sessions = data.day.sessions;
        for (const { beneficiaryId, mark: view } of result.value.marks)
          sessions = withMark(sessions, input.sessionId, beneficiaryId, view);
        return { ...data, day: { ...data.day, sessions } };
      });
      return null;
    },
    [update],
  );

  return { state, retry, failure, clearFailure: () => setFailure(null), busy, mark, rollCall };
}
