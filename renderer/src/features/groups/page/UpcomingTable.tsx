import { Table } from '@mantine/core';
import { Tag } from '../Tag';
import { useTranslation } from 'react-i18next';
import type { GroupSessionView } from '../../../../../shared/contract/groups';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { DataTable } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { endTime } from '../format/timetable';

/** The group's next sessions, with the people counted on each and the ones moved or cancelled on their own. */
export function UpcomingTable({
  sessions,
  capacity,
}: {
  sessions: readonly GroupSessionView[];
  capacity: number;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const columns = [
    { label: t('groups.upcoming.date') },
    { label: t('groups.upcoming.time') },
    { label: t('groups.upcoming.enrolled'), align: 'right' as const },
    { label: t('groups.upcoming.marks') },
  ];
  return (
    <DataTable
      caption={t('groups.upcoming.title')}
      columns={columns}
      rows={sessions}
      minWidth={560}
      empty={t('groups.upcoming.empty')}
    >
      {(session) => (
        <Table.Tr key={session.id} c={session.status === 'cancelled' ? 'gray.6' : undefined}>
          <Table.Td>{formatCalendarDate(session.date, language, 'full')}</Table.Td>
          <Table.Td>
            {session.startTime}–{endTime(session.startTime, session.minutes)}
          </Table.Td>
          <Table.Td ta="right">
            {t('groups.list.placesValue', {
              enrolled: formatNumber(session.enrolled, language),
              capacity: formatNumber(capacity, language),
            })}
          </Table.Td>
          <Table.Td>
            {session.status === 'cancelled' ? (
              <Tag color="red" variant="light">
                {t('groups.upcoming.cancelled')}
              </Tag>
            ) : (
              session.detached && (
                <Tag color="blue" variant="light">
                  {t('groups.upcoming.moved')}
                </Tag>
              )
            )}
          </Table.Td>
        </Table.Tr>
      )}
    </DataTable>
  );
}
