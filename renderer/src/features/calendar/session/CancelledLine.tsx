import { useTranslation } from 'react-i18next';
import type { CancelReason } from '../../../../../shared/domain/scheduling';

/** "Illness" under a cancelled session's block; the block itself is struck through and dimmed. */
export function CancelledLine({ reason }: { reason: CancelReason | null }) {
  const { t } = useTranslation();
  return (
    <div className="imkon-session-line imkon-session-cancel-reason">
      {reason ? t(`sessionActions.cancelledShort.${reason}`) : t('sessionActions.status.cancelled')}
    </div>
  );
}
