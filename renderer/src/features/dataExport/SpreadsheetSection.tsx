import { Button, Group, NativeSelect, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPORT_DATASETS, EXPORT_FORMATS } from '../../../../shared/contract/data-export';
import { isLanguage } from '../../../../shared/domain/languages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageOptions } from '../../components/LanguageOptions';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useMessageText } from '../../lib/message';
import { useToday } from '../../lib/useToday';
import { DateField } from '../places/form/DateField';
import { useSpreadsheetExport } from './useSpreadsheetExport';

/** People, sessions or attendance of a period as XLSX or CSV, in a language chosen for the file. */
export function SpreadsheetSection() {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const today = useToday(useCentreTimeZone());
  const { values, issues, outcome, busy, change, submit } = useSpreadsheetExport(today, language);
  const issueText = (field: string) => (issues[field] ? text(issues[field]) : undefined);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="sheet-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="sheet-title">
            {t('dataExport.sheet.title')}
          </Title>
          <Text c="gray.8">{t('dataExport.sheet.intro')}</Text>
          <Radio.Group
            label={t('dataExport.sheet.dataset')}
            value={values.dataset}
            onChange={(next) => {
              const dataset = EXPORT_DATASETS.find((d) => d === next);
              if (dataset) change('dataset', dataset);
            }}
            error={issueText('dataset')}
          >
            <Group gap="lg" mt="xs">
              {EXPORT_DATASETS.map((dataset) => (
                <Radio key={dataset} value={dataset} label={t(`dataExport.datasets.${dataset}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Group gap="lg" align="flex-start">
            <DateField
              label={t('dataExport.sheet.from')}
              value={values.from}
              onChange={(event) => change('from', event.currentTarget.value)}
              error={issueText('from')}
              w="12rem"
            />
            <DateField
              label={t('dataExport.sheet.to')}
              value={values.to}
              onChange={(event) => change('to', event.currentTarget.value)}
              error={issueText('to')}
              w="12rem"
            />
          </Group>
          <Radio.Group
            label={t('dataExport.sheet.format')}
            value={values.format}
            onChange={(next) => {
              const format = EXPORT_FORMATS.find((f) => f === next);
              if (format) change('format', format);
            }}
            error={issueText('format')}
          >
            <Group gap="lg" mt="xs">
              {EXPORT_FORMATS.map((format) => (
                <Radio
                  key={format}
                  value={format}
                  label={
                    format === 'xlsx'
                      ? t('dataExport.sheet.formats.xlsx', { program: 'Excel', format: 'XLSX' })
                      : t('dataExport.sheet.formats.csv', { format: 'CSV', encoding: 'UTF-8' })
                  }
                />
              ))}
            </Group>
          </Radio.Group>
          <NativeSelect
            label={t('dataExport.sheet.language')}
            value={values.language}
            onChange={(event) => {
              const next = event.currentTarget.value;
              if (isLanguage(next)) change('language', next);
            }}
            error={issueText('language')}
            styles={{ wrapper: { maxWidth: '20rem' } }}
          >
            <LanguageOptions />
          </NativeSelect>
          {outcome?.kind === 'failed' && !issues.from && !issues.to && <ErrorAlert error={outcome.error} />}
          <Group gap="md">
            <Button type="submit" loading={busy}>
              {t('dataExport.sheet.submit')}
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
      </form>
    </Paper>
  );
}
