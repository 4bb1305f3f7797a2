import { Button, FileButton, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_ROWS } from '../../../../shared/contract/import';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { useLanguage } from '../../lib/languageContext';
import { useMessageText } from '../../lib/message';
import type { ImportState } from './useImport';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMATS = 'CSV, XLSX';

export function FileStep({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = useMessageText();
  const { file, fileIssue, checking } = state;
  const hintId = 'import-file-hint';
  const issueId = 'import-file-issue';
  return (
    <Paper withBorder radius="md" p="lg" mb="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('peopleImport.file.label')}
        </Title>
        <Text id={hintId} c="gray.8">
          {t('peopleImport.file.hint', { formats: FORMATS, rows: formatNumber(MAX_IMPORT_ROWS, language) })}
        </Text>
        <Group gap="md" align="center">
          <FileButton onChange={(chosen) => void state.chooseFile(chosen)} accept={ACCEPT}>
            {(props) => (
              <Button
                {...props}
                variant={file ? 'default' : 'filled'}
                aria-describedby={fileIssue ? `${hintId} ${issueId}` : hintId}
              >
                {file ? t('peopleImport.file.chooseAnother') : t('peopleImport.file.choose')}
              </Button>
            )}
          </FileButton>
          {file && (
            <Text fw={600}>
              {t('peopleImport.file.chosen', {
                name: file.name,
                size: formatNumber(Math.max(1, Math.round(file.size / 1024)), language),
              })}
            </Text>
          )}
        </Group>
        {/* Always present, so screen readers announce the check starting and ending. */}
        <Group gap="xs" role="status">
          {checking && (
            <>
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm">{t('peopleImport.file.reading')}</Text>
            </>
          )}
        </Group>
        {fileIssue && (
          <Text id={issueId} c="red.8" fw={600} role="alert">
            {text({ ...fileIssue, params: { formats: FORMATS, ...fileIssue.params } })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
