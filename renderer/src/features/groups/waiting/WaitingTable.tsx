import { Button, Group, Table } from '@mantine/core';
import { Tag } from '../Tag';
import { useTranslation } from 'react-i18next';
import type { WaitingEntryView } from '../../../../../shared/contract/waiting';
import type { WaitingStatus } from '../../../../../shared/domain/scheduling';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { DataTable } from '../../../components/DataTable';
import { useCentreTimeZone } from '../../../lib/centreContext';
import { useLanguage } from '../../../lib/languageContext';
import { calendarDateIn } from '../../../lib/zonedDate';

const STATUS_COLOUR: Record<WaitingStatus, string> = {
  waiting: 'gray',
  offered: 'orange',
  placed: 'teal',
  withdrawn: 'gray',
};

interface Props {
  entries: readonly WaitingEntryView[];
  caption: string;
  /** Names the list each entry is on (a group, or a service's individual places), where lists are mixed. */
  listName?(entry: WaitingEntryView): string;
  /** Changing and withdrawing entries; left out for an account that may not change the schedule. */
  onEdit?(entry: WaitingEntryView): void;
  onWithdraw?(entry: WaitingEntryView): void;
  /** Enrols the person in the group; left out where there is no group to enrol in. */
  onEnrol?(entry: WaitingEntryView): void;
}

/** A waiting list in the order places are offered: an offered entry first, then the queue by position. */
export function WaitingTable({ entries, caption, listName, onEdit, onWithdraw, onEnrol }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const timeZone = useCentreTimeZone();
  const columns = [
    { label: t('groups.waiting.position'), align: 'right' as const },
    { label: t('groups.waiting.name') },
    listName !== undefined && { label: t('groups.waiting.list') },
    { label: t('groups.waiting.priority') },
    { label: t('groups.waiting.note') },
    { label: t('groups.waiting.added') },
    { label: t('groups.waiting.status') },
    { label: t('groups.waiting.actions'), hidden: true },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={entries}
      minWidth={860}
      empty={t('groups.waiting.empty')}
    >
      {(entry) => {
        const open = entry.status === 'waiting' || entry.status === 'offered';
        return (
          <Table.Tr key={entry.id} data-testid="waiting-row">
            <Table.Td ta="right">{entry.position ?? '—'}</Table.Td>
            <Table.Td>{entry.beneficiaryName}</Table.Td>
            {listName && <Table.Td>{listName(entry)}</Table.Td>}
            <Table.Td>
              <Tag
                color={entry.priority === 'urgent' ? 'red' : entry.priority === 'high' ? 'orange' : 'gray'}
                variant="light"
              >
                {t(`groups.priorities.${entry.priority}`)}
              </Tag>
            </Table.Td>
            <Table.Td>{entry.note}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatCalendarDate(calendarDateIn(new Date(entry.addedAt), timeZone), language, 'short')}
            </Table.Td>
            <Table.Td>
              <Tag
                color={STATUS_COLOUR[entry.status]}
                variant={entry.status === 'offered' ? 'filled' : 'light'}
              >
                {t(`groups.statuses.${entry.status}`)}
              </Tag>
            </Table.Td>
            <Table.Td>
              {open && (
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {onEnrol && (
                    <Button
                      size="xs"
                      onClick={() => onEnrol(entry)}
                      aria-label={t('groups.waiting.enrolFor', { name: entry.beneficiaryName })}
                    >
                      {t('groups.waiting.enrol')}
                    </Button>
                  )}
                  {onEdit && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onEdit(entry)}
                      aria-label={t('groups.waiting.editFor', { name: entry.beneficiaryName })}
                    >
                      {t('groups.waiting.edit')}
                    </Button>
                  )}
                  {onWithdraw && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onWithdraw(entry)}
                      aria-label={t('groups.waiting.withdrawFor', { name: entry.beneficiaryName })}
                    >
                      {t('groups.waiting.withdraw')}
                    </Button>
                  )}
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        );
      }}
    </DataTable>
  );
}
