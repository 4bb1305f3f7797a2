import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/backup';
import { DataTable } from '../../components/DataTable';
import { useBackupText } from './backupText';

interface Props {
  backups: readonly BackupInfo[];
  timeZone: string;
  onRestore(backup: BackupInfo): void;
  /** False while a restore is running: one at a time. */
  enabled: boolean;
}

/** The verified backups, newest first, each with what it holds and a Restore button. */
export function BackupTable({ backups, timeZone, onRestore, enabled }: Props) {
  const { t } = useTranslation();
  const text = useBackupText(timeZone);
  return (
    <DataTable
      caption={t('backup.list.title')}
      minWidth={760}
      rows={backups}
      empty={t('backup.list.empty')}
      columns={[
        { label: t('backup.list.date') },
        { label: t('backup.list.reason') },
        { label: t('backup.list.contents') },
        { label: t('backup.list.size'), align: 'right' },
        { label: t('backup.list.version') },
        { label: t('backup.list.actions'), hidden: true },
      ]}
    >
      {(backup) => (
        <Table.Tr key={backup.name}>
          <Table.Td>{text.when(backup.createdAt)}</Table.Td>
          <Table.Td>{text.reason(backup)}</Table.Td>
          <Table.Td>{text.contents(backup)}</Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
            {text.size(backup)}
          </Table.Td>
          <Table.Td>{backup.appVersion}</Table.Td>
          <Table.Td ta="right">
            <Button
              size="xs"
              variant="light"
              disabled={!enabled}
              aria-label={t('backup.restore.buttonLabel', { date: text.when(backup.createdAt) })}
              onClick={() => onRestore(backup)}
            >
              {t('backup.restore.button')}
            </Button>
          </Table.Td>
        </Table.Tr>
      )}
    </DataTable>
  );
}
