import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../shared/contract';
import type { RestoreOutcome } from '../../../../shared/contract/backup';
import type { BackupInfo } from '../../../../shared/domain/backup';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMessageText } from '../../lib/message';
import { useBackupText } from './backupText';

/** How long "restored" stays on screen before the app reloads on the restored data. */
const RELOAD_AFTER_MS = 1500;

interface Props {
  backup: BackupInfo | null;
  timeZone: string;
  /** backup.restore normally; backup.restoreDamaged from the damaged-database screen. */
  channel: 'backup.restore' | 'backup.restoreDamaged';
  onClose(): void;
}

/** Asks before replacing the centre's data, restores, then reloads the app so every screen reads the new file. */
export function RestoreDialog({ backup, timeZone, channel, onClose }: Props) {
  const { t } = useTranslation();
  const text = useBackupText(timeZone);
  const messageText = useMessageText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [done, setDone] = useState<RestoreOutcome | null>(null);
  const date = backup ? text.when(backup.createdAt) : '';

  async function restore(): Promise<void> {
    if (!backup || busy) return;
    setBusy(true);
    setError(null);
    const result = await invoke(channel, { name: backup.name });
    if (result.ok) {
      setDone(result.value);
      window.setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
    } else {
      setBusy(false);
      setError(result.error);
    }
  }

  const reason = error?.details?.reason;
  return (
    <Modal
      opened={backup !== null}
      onClose={busy ? () => undefined : onClose}
      title={t('backup.restore.confirmTitle')}
      centered
    >
      {done ? (
        <Alert color="green" role="status">
          {t('backup.restore.done', { date })}
        </Alert>
      ) : (
        <>
          <Text mb="md">{t('backup.restore.confirmBody', { date })}</Text>
          {backup && (
            <Text c="gray.7" mb="md">
              {text.contents(backup)}
            </Text>
          )}
          {error &&
            (typeof reason === 'string' ? (
              <Alert color="red" variant="light" mb="md">
                {messageText({ key: `backup.failed.${reason}` })}
              </Alert>
            ) : (
              <ErrorAlert error={error} />
            ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('backup.restore.cancel')}
            </Button>
            <Button color="red" onClick={() => void restore()} loading={busy}>
              {t('backup.restore.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
