import { Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/domain/people';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useMessageText } from '../../lib/message';
import { calendarDateIn } from '../../lib/zonedDate';
import { useArchive } from './useArchive';

/** Retention: how long after discharge records may be archived, who is due, and who is archived. */
export function ArchiveSection() {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const timeZone = useCentreTimeZone();
  const archive = useArchive();
  const { data } = archive;
  const date = (value: string) => formatCalendarDate(value, language, 'short');

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="archive-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="archive-title">
          {t('dataExport.archive.title')}
        </Title>
        <Text c="gray.8">{t('dataExport.archive.intro')}</Text>
        {archive.loadError && <ErrorAlert error={archive.loadError} onRetry={() => void archive.reload()} />}
        {!data && !archive.loadError && <Loading />}
        {data && (
          <>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                archive.savePolicy();
              }}
              noValidate
            >
              <Stack gap="xs" align="flex-start">
                <TextInput
                  label={t('dataExport.archive.years')}
                  description={t('dataExport.archive.yearsHint')}
                  value={archive.yearsText}
                  onChange={(event) => archive.setYearsText(event.currentTarget.value)}
                  error={archive.yearsIssue ? text(archive.yearsIssue) : undefined}
                  inputMode="numeric"
                  autoComplete="off"
                  styles={{ wrapper: { width: '8rem' } }}
                />
                <Button type="submit" variant="default" disabled={archive.busy}>
                  {t('dataExport.archive.savePolicy')}
                </Button>
              </Stack>
            </form>
            <Text role="status" c="teal.9" fw={600}>
              {archive.notice ? text(archive.notice) : ''}
            </Text>
            {archive.error && !archive.yearsIssue && <ErrorAlert error={archive.error} />}

            <Title order={3} size="h4">
              {t('dataExport.archive.candidates')}
            </Title>
            {data.candidates.length === 0 ? (
              <Text>{t('dataExport.archive.noCandidates')}</Text>
            ) : (
              <>
                <DataTable
                  caption={t('dataExport.archive.candidates')}
                  minWidth={640}
                  columns={[
                    { label: t('dataExport.archive.selectAll'), hidden: true },
                    { label: t('dataExport.archive.name') },
                    { label: t('dataExport.archive.birthDate') },
                    { label: t('dataExport.archive.dischargeDate') },
                    { label: t('dataExport.archive.dischargeReason') },
                  ]}
                  rows={data.candidates}
                >
                  {(person) => (
                    <Table.Tr key={person.id}>
                      <Table.Td>
                        <Checkbox
                          aria-label={t('dataExport.archive.select', { name: fullName(person) })}
                          checked={archive.selected.has(person.id)}
                          onChange={(event) => archive.toggle(person.id, event.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td>{fullName(person)}</Table.Td>
                      <Table.Td>{date(person.birthDate)}</Table.Td>
                      <Table.Td>{date(person.dischargeDate)}</Table.Td>
                      <Table.Td>{person.dischargeReason}</Table.Td>
                    </Table.Tr>
                  )}
                </DataTable>
                <Group gap="md">
                  <Checkbox
                    label={t('dataExport.archive.selectAll')}
                    checked={archive.selected.size === data.candidates.length}
                    indeterminate={
                      archive.selected.size > 0 && archive.selected.size < data.candidates.length
                    }
                    onChange={(event) => archive.toggleAll(event.currentTarget.checked)}
                  />
                  <Button
                    color="orange"
                    disabled={archive.selected.size === 0}
                    loading={archive.busy}
                    onClick={archive.archiveSelected}
                  >
                    {t('dataExport.archive.archiveSelected', {
                      count: formatNumber(archive.selected.size, language),
                    })}
                  </Button>
                </Group>
              </>
            )}

            <Title order={3} size="h4">
              {t('dataExport.archive.archived')}
            </Title>
            <DataTable
              caption={t('dataExport.archive.archived')}
              minWidth={640}
              empty={t('dataExport.archive.noneArchived')}
              columns={[
                { label: t('dataExport.archive.name') },
                { label: t('dataExport.archive.birthDate') },
                { label: t('dataExport.archive.dischargeDate') },
                { label: t('dataExport.archive.archivedAt') },
                { label: t('dataExport.archive.restore'), hidden: true },
              ]}
              rows={data.archived}
            >
              {(person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>{fullName(person)}</Table.Td>
                  <Table.Td>{date(person.birthDate)}</Table.Td>
                  <Table.Td>{date(person.dischargeDate)}</Table.Td>
                  <Table.Td>
                    {person.archivedAt ? date(calendarDateIn(new Date(person.archivedAt), timeZone)) : ''}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      disabled={archive.busy}
                      aria-label={t('dataExport.archive.restoreName', { name: fullName(person) })}
                      onClick={() => archive.restore(person)}
                    >
                      {t('dataExport.archive.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              )}
            </DataTable>
          </>
        )}
      </Stack>
    </Paper>
  );
}
