import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../shared/contract';
import type { BackupInfo } from '../../../../shared/domain/backup';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useMessageText } from '../../lib/message';
import { useLoad } from '../../lib/useLoad';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupTable } from './BackupTable';
import { useBackupText } from './backupText';
import { RestoreDialog } from './RestoreDialog';

async function loadPage() {
  const [status, list] = await Promise.all([invoke('backup.status', {}), invoke('backup.list', {})]);
  if (!status.ok) return status;
  if (!list.ok) return list;
  return { ok: true as const, value: { status: status.value, list: list.value } };
}

/** #/settings/backups: the state of the backups, "Back up now", where they go, and restoring one. */
export function BackupsPage() {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const timeZone = useCentreTimeZone();
  const text = useBackupText(timeZone);
  const { state, retry } = useLoad(loadPage);
  const [taking, setTaking] = useState(false);
  const [taken, setTaken] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const statusId = useId();
  const listId = useId();

  async function backUpNow(): Promise<void> {
    setTaking(true);
    setTaken(false);
    setError(null);
    const result = await invoke('backup.now', {});
    setTaking(false);
    if (result.ok) {
      setTaken(true);
      retry();
    } else setError(result.error);
  }

  const reason = error?.details?.reason;
  return (
    <>
      <PageHeader title={t('backup.title')}>{t('backup.intro')}</PageHeader>
      {taken && (
        <Alert color="green" role="status" mb="md" maw="44rem">
          {t('backup.nowDone')}
        </Alert>
      )}
      {error && (
        <Stack mb="md" maw="44rem">
          {typeof reason === 'string' ? (
            <Alert color="red" variant="light">
              {messageText({ key: `backup.failed.${reason}` })}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )}
        </Stack>
      )}
      <Loaded state={state} onRetry={retry}>
        {({ status, list }) => (
          <Stack gap="xl">
            <Paper component="section" aria-labelledby={statusId} withBorder p="lg" maw="44rem">
              <Title order={2} id={statusId} fz="h3" mb="sm">
                {t('backup.statusTitle')}
              </Title>
              <Stack gap="xs">
                <Text>
                  {status.lastBackup
                    ? t('backup.status.lastBackup', { when: text.when(status.lastBackup.createdAt) })
                    : t('backup.status.none')}
                </Text>
                {status.nextDueAt && (
                  <Text>{t('backup.status.nextDue', { when: text.when(status.nextDueAt) })}</Text>
                )}
                <Text style={{ overflowWrap: 'anywhere' }}>
                  {t('backup.status.folder', { folder: status.folder })}
                </Text>
                {!status.folderAvailable && (
                  <Alert color="orange" variant="light">
                    {t('backup.folder.unavailable')}
                  </Alert>
                )}
              </Stack>
              <Group mt="md">
                <Button onClick={() => void backUpNow()} loading={taking} disabled={restoring !== null}>
                  {t('backup.now')}
                </Button>
              </Group>
            </Paper>
            <BackupSettingsForm initial={status.settings} onSaved={() => retry()} />
            <section aria-labelledby={listId}>
              <Title order={2} id={listId} fz="h3" mb="sm">
                {t('backup.list.title')}
              </Title>
              <BackupTable
                backups={list.backups}
                timeZone={timeZone}
                enabled={!taking}
                onRestore={setRestoring}
              />
            </section>
          </Stack>
        )}
      </Loaded>
      <RestoreDialog
        backup={restoring}
        timeZone={timeZone}
        channel="backup.restore"
        onClose={() => setRestoring(null)}
      />
    </>
  );
}
