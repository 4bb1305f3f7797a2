import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseHealth } from '../../../../shared/contract/backup';
import type { BackupInfo } from '../../../../shared/domain/backup';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/settings';
import { useBackupText } from './backupText';
import { BackupTable } from './BackupTable';
import { RestoreDialog } from './RestoreDialog';

const PROBLEM_KEYS = {
  corrupt: 'backup.damaged.corrupt',
  notADatabase: 'backup.damaged.notADatabase',
  walMissing: 'backup.damaged.walMissing',
  unreadable: 'backup.damaged.unreadable',
} as const;

interface Props {
  health: DatabaseHealth & { database: { status: 'damaged' } };
}

/**
 * Shown instead of the app when the database was found damaged at start: what happened in plain words, that
 * nothing is being written, and the newest backup to restore (the damaged file is kept aside, not replaced).
 */
export function DamagedDatabaseScreen({ health }: Props) {
  const { t } = useTranslation();
  // The centre's settings live in the damaged file: Tashkent time until a backup is back.
  const text = useBackupText(DEFAULT_TIME_ZONE);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const { database, newestBackup, backups } = health;
  return (
    <Container size="md" py="xl" component="main">
      <Stack gap="lg">
        <Title order={1}>{t('backup.damaged.title')}</Title>
        <Alert color="red" variant="light">
          <Text fw={600}>{t(PROBLEM_KEYS[database.problem])}</Text>
          <Text mt="xs">{t('backup.damaged.safe')}</Text>
        </Alert>
        {newestBackup ? (
          <Stack gap="xs">
            <Text fz="lg">{t('backup.damaged.newest', { date: text.when(newestBackup.createdAt) })}</Text>
            <Text c="gray.7">{text.contents(newestBackup)}</Text>
            <div>
              <Button color="red" onClick={() => setRestoring(newestBackup)}>
                {t('backup.damaged.restoreNewest')}
              </Button>
            </div>
          </Stack>
        ) : (
          <Text>{t('backup.damaged.noBackup')}</Text>
        )}
        {backups.length > 1 && (
          <section aria-labelledby="damaged-other-backups">
            <Title order={2} fz="h3" mb="sm" id="damaged-other-backups">
              {t('backup.damaged.others')}
            </Title>
            <BackupTable
              backups={backups.slice(1)}
              timeZone={DEFAULT_TIME_ZONE}
              enabled
              onRestore={setRestoring}
            />
          </section>
        )}
        <Text c="gray.7" fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('backup.damaged.detail', { detail: database.detail })}
        </Text>
      </Stack>
      <RestoreDialog
        backup={restoring}
        timeZone={DEFAULT_TIME_ZONE}
        channel="backup.restoreDamaged"
        onClose={() => setRestoring(null)}
      />
    </Container>
  );
}
