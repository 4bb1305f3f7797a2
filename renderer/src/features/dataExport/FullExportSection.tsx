import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../shared/contract';
import { invoke } from '../../api';
import { saveFile } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';

type Outcome =
  { kind: 'saved'; fileName: string } | { kind: 'cancelled' } | { kind: 'failed'; error: AppErrorData };

/** Every table in one file, for moving the centre to a new installation. */
export function FullExportSection() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportAll = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await invoke('dataExport.full', {});
    if (!result.ok) setOutcome({ kind: 'failed', error: result.error });
    else {
      const { fileName, bytes, mime } = result.value;
      const saved = await saveFile({ fileName, base64: bytes, mime }, t);
      setOutcome(saved === 'cancelled' ? { kind: 'cancelled' } : { kind: 'saved', fileName });
    }
    setBusy(false);
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="full-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="full-title">
          {t('dataExport.full.title')}
        </Title>
        <Text c="gray.8">{t('dataExport.full.intro')}</Text>
        <Alert color="orange" variant="light">
          {t('dataExport.full.warning')}
        </Alert>
        {outcome?.kind === 'failed' && <ErrorAlert error={outcome.error} />}
        <Group gap="md">
          <Button variant="default" loading={busy} onClick={() => void exportAll()}>
            {t('dataExport.full.submit')}
          </Button>
          <Text role="status" c={outcome?.kind === 'cancelled' ? 'gray.8' : 'teal.9'} fw={600}>
            {outcome?.kind === 'saved'
              ? t('dataExport.sheet.saved', { name: outcome.fileName })
              : outcome?.kind === 'cancelled'
                ? t('dataExport.sheet.notSaved')
                : ''}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
