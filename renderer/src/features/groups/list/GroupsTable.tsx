import { Anchor, Table, Text } from '@mantine/core';
import { Tag } from '../Tag';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupSummary } from '../../../../../shared/contract/groups';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { DataTable } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { ageBandText } from '../format/ageBand';
import { timetableParts, type TimetableParts } from '../format/timetable';

interface Props {
  groups: readonly GroupSummary[];
  serviceName(id: number): string;
}

/**
 * A timetable that may wrap between its days and after them, never inside the hours: the list has eight
 * columns, and "dush, sesh, chor 14:00–15:00" on one line pushed the last one off a 1280-pixel screen.
 */
function Timetable({ days, time, every }: TimetableParts) {
  return (
    <>
      {days} <span style={{ whiteSpace: 'nowrap' }}>{time}</span>
      {every !== null && `, ${every}`}
    </>
  );
}

/** The groups with what reception asks first: when they meet, for which ages, and whether there is a place. */
export function GroupsTable({ groups, serviceName }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const number = (n: number) => formatNumber(n, language);
  const columns = [
    { label: t('groups.list.name') },
    { label: t('groups.list.service') },
    { label: t('groups.list.teacher') },
    { label: t('groups.list.room') },
    { label: t('groups.list.timetable') },
    { label: t('groups.list.ages') },
    { label: t('groups.list.places'), align: 'right' as const },
    { label: t('groups.list.waiting'), align: 'right' as const },
  ];
  return (
    <DataTable caption={t('groups.list.caption')} columns={columns} rows={groups} minWidth={880}>
      {(group) => (
        <Table.Tr key={group.id} data-testid="group-row">
          <Table.Td>
            <Anchor component={Link} to={`/groups/${group.id}`} fw={600}>
              {group.name}
            </Anchor>
            {!group.active && (
              <Tag color="gray" variant="light" ml="xs">
                {t('groups.list.inactive')}
              </Tag>
            )}
          </Table.Td>
          <Table.Td>{serviceName(group.serviceId)}</Table.Td>
          <Table.Td>{group.teacherName}</Table.Td>
          <Table.Td>{group.roomName ?? '—'}</Table.Td>
          <Table.Td>
            <Timetable {...timetableParts(group.schedule, language, t)} />
          </Table.Td>
          <Table.Td miw="6.5rem">{ageBandText(group, t)}</Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm" inherit>
              {t('groups.list.placesValue', {
                enrolled: number(group.enrolled),
                capacity: number(group.capacity),
              })}
            </Text>
            <Text size="xs" c={group.free > 0 ? 'teal.8' : 'red.8'} fw={600}>
              {group.free > 0 ? t('groups.list.free', { free: number(group.free) }) : t('groups.list.full')}
            </Text>
          </Table.Td>
          <Table.Td ta="right">{number(group.waiting)}</Table.Td>
        </Table.Tr>
      )}
    </DataTable>
  );
}
