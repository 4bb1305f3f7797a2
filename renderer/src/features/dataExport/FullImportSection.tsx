import { Alert, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../shared/contract';
import type { FullImportPreview, FullImportSummary } from '../../../../shared/contract/data-export';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { errorFieldIssues, invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useMessageText } from '../../lib/message';
import { calendarDateIn } from '../../lib/zonedDate';
import { readFileAsBase64 } from '../peopleImport/readFile';
import { FullImportConfirm } from './FullImportConfirm';

type Outcome = { kind: 'done'; summary: FullImportSummary } | { kind: 'failed'; error: AppErrorData };

/** A full export loaded into this installation, which must not hold the centre's records yet. */
export function FullImportSection() {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const timeZone = useCentreTimeZone();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const [pending, setPending] = useState<{ content: string; preview: FullImportPreview } | null>(null);

  // First what the import would do, for the person to confirm; only then the import itself.
  const check = async () => {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    const content = await readFileAsBase64(file);
    const result = await invoke('dataExport.previewFull', { contentBase64: content });
    if (result.ok) setPending({ content, preview: result.value });
    else setOutcome({ kind: 'failed', error: result.error });
    setBusy(false);
  };

  const load = async () => {
    if (!pending) return;
    const { content } = pending;
    setPending(null);
    setBusy(true);
    const result = await invoke('dataExport.importFull', { contentBase64: content });
    setOutcome(result.ok ? { kind: 'done', summary: result.value } : { kind: 'failed', error: result.error });
    setBusy(false);
  };

  const issue = outcome?.kind === 'failed' ? errorFieldIssues(outcome.error).contentBase64 : undefined;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="import-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="import-title">
          {t('dataExport.import.title')}
        </Title>
        <Text c="gray.8">{t('dataExport.import.intro')}</Text>
        <Group gap="md">
          <FileButton
            onChange={(chosen) => {
              setFile(chosen);
              setOutcome(null);
            }}
            accept=".gz,application/gzip"
          >
            {(props) => (
              <Button {...props} variant="default">
                {file ? t('dataExport.import.chooseAnother') : t('dataExport.import.choose')}
              </Button>
            )}
          </FileButton>
          {file && <Text fw={600}>{t('dataExport.import.chosen', { name: file.name })}</Text>}
          {file && (
            <Button loading={busy} onClick={() => void check()}>
              {t('dataExport.import.submit')}
            </Button>
          )}
        </Group>
        <div role="status">
          {outcome?.kind === 'done' && (
            <Alert color="teal" variant="light">
              {t('dataExport.import.done', {
                rows: formatNumber(outcome.summary.rows, language),
                tables: formatNumber(outcome.summary.tables, language),
                date: formatCalendarDate(
                  calendarDateIn(new Date(outcome.summary.exportedAt), timeZone),
                  language,
                  'long',
                ),
              })}
            </Alert>
          )}
        </div>
        {outcome?.kind === 'failed' &&
          (issue ? (
            <Alert color="red" variant="light" role="alert">
              {text(issue)}
            </Alert>
          ) : (
            <ErrorAlert error={outcome.error} />
          ))}
      </Stack>
      <FullImportConfirm
        preview={pending?.preview ?? null}
        onConfirm={() => void load()}
        onCancel={() => setPending(null)}
      />
    </Paper>
  );
}
