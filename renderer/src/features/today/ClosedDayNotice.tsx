import { Alert } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { useLoad } from '../../lib/useLoad';
import { closureName } from '../places/format';

/**
 * Says that the centre is closed on the board's day (a holiday or the centre's own closure): otherwise reception
 * sees only a column of sessions cancelled by the centre and has to guess why. Says nothing while loading or
 * when the closures cannot be read: the board below still works.
 */
export function ClosedDayNotice({ date }: { date: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => invoke('closures.list', { from: date, to: date }), [date]);
  const { state } = useLoad(load);
  if (state.status !== 'ready' || state.value.length === 0) return null;
  const names = state.value.map((closure) => closureName(closure, t)).join('; ');
  return (
    <Alert color="grape" variant="light" data-testid="board-closed">
      {t('attendance.board.closed', { names })}
    </Alert>
  );
}
