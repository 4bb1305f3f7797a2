import { Anchor, Badge, Group, Select, Table, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceName } from '../../../../shared/domain/services';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { invoke } from '../../api';
import { useAuth, useCan } from '../../app/useCan';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';
import { loadCalendarRecords, staffName } from '../calendar/filters/calendarRecords';

/**
 * "All specialists" as an option of its own: Mantine's clear button is out of the tab order, and emptying the
 * search text keeps the choice, so without it the whole list could not be had back from the keyboard.
 */
const ALL = 'all';

/** The delivered sessions still owed a signed note; a signed-in specialist sees their own first. */
export function MissingNotesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const ownStaffId = useAuth()?.session.account?.staffId ?? null;
  const [specialist, setSpecialist] = useState<string | null>(
    ownStaffId === null ? null : String(ownStaffId),
  );
  // A manager reads the notes owed without writing them: the link opens the note rather than offering to write it.
  const writes = useCan('notes.write');
  const { state: records } = useLoad(loadCalendarRecords);
  const load = useCallback(
    () => invoke('notes.missing', specialist === null ? {} : { specialistId: Number(specialist) }),
    [specialist],
  );
  const { state, retry } = useLoad(load);

  const services = records.status === 'ready' ? records.value.services : [];
  const specialists = [
    { value: ALL, label: t('notes.missing.anySpecialist') },
    ...(records.status === 'ready'
      ? records.value.staff.map((s) => ({ value: String(s.id), label: staffName(s) }))
      : []),
  ];
  const service = (id: number) => {
    const found = services.find((s) => s.id === id);
    return found ? serviceName(found, language) : '';
  };

  return (
    <>
      <PageHeader title={t('notes.missing.title')}>{t('notes.intro')}</PageHeader>
      <Group mb="md" align="flex-end" justify="space-between">
        <Select
          label={t('notes.missing.specialist')}
          data={specialists}
          value={specialist ?? ALL}
          onChange={(value) => setSpecialist(value === null || value === ALL ? null : value)}
          allowDeselect={false}
          searchable
          w={320}
        />
        <Anchor href="#/notes/reports">{t('notes.batch.title')}</Anchor>
      </Group>
      <Loaded state={state} onRetry={retry}>
        {(missing) =>
          missing.length === 0 ? (
            <Text>{t('notes.missing.empty')}</Text>
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('notes.missing.date')}</Table.Th>
                  <Table.Th scope="col">{t('notes.missing.person')}</Table.Th>
                  <Table.Th scope="col">{t('notes.missing.service')}</Table.Th>
                  <Table.Th scope="col">{t('notes.missing.specialist')}</Table.Th>
                  <Table.Th scope="col">{t('notes.missing.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {missing.map((row) => {
                  const date = `${formatCalendarDate(row.date, language, 'short')} ${row.startTime}`;
                  return (
                    <Table.Tr key={`${row.sessionId}-${row.beneficiaryId}`}>
                      <Table.Td>{date}</Table.Td>
                      <Table.Td>
                        <Anchor
                          href={`#/notes/session/${row.sessionId}?person=${row.beneficiaryId}`}
                          aria-label={t(writes ? 'notes.missing.writeFor' : 'notes.missing.openFor', {
                            name: row.name,
                            date,
                          })}
                        >
                          {row.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {service(row.serviceId)}
                        {row.groupName !== null && (
                          <Text size="sm" c="dimmed">
                            {row.groupName}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{row.specialistName}</Table.Td>
                      <Table.Td>
                        {row.draft ? (
                          <Badge variant="light" color="yellow">
                            {t('notes.missing.draft')}
                          </Badge>
                        ) : (
                          <Badge variant="light" color="gray">
                            {t('notes.missing.notWritten')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </Loaded>
    </>
  );
}
