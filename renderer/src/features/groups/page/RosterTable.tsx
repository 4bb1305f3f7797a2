import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RosterEntry } from '../../../../../shared/contract/groups';
import { ageInMonths } from '../../../../../shared/domain/services';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { DataTable } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { ageText } from '../format/ageBand';

interface Props {
  roster: readonly RosterEntry[];
  today: string;
  /** Ending an enrolment; left out for an account that may not change the schedule. */
  onLeave?(entry: RosterEntry): void;
}

/** Who is in the group now and later; past enrolments stay listed, greyed, as the record of who came. */
export function RosterTable({ roster, today, onLeave }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const date = (d: string) => formatCalendarDate(d, language, 'short');
  const columns = [
    { label: t('groups.roster.name') },
    { label: t('groups.roster.age') },
    { label: t('groups.roster.from') },
    { label: t('groups.roster.to') },
    { label: t('groups.roster.actions'), hidden: true },
  ];
  return (
    <DataTable
      caption={t('groups.roster.title')}
      columns={columns}
      rows={roster}
      minWidth={640}
      empty={t('groups.roster.empty')}
    >
      {(entry) => {
        const past = entry.endDate !== null && entry.endDate < today;
        // Leaving today or earlier is already recorded: nothing is left to end.
        const leaving = entry.endDate !== null && entry.endDate <= today;
        return (
          <Table.Tr key={entry.enrolmentId} data-testid="roster-row" c={past ? 'gray.6' : undefined}>
            <Table.Td>{entry.name}</Table.Td>
            <Table.Td>{ageText(ageInMonths(entry.birthDate, today), t)}</Table.Td>
            <Table.Td>{date(entry.startDate)}</Table.Td>
            <Table.Td>{entry.endDate ? date(entry.endDate) : t('groups.roster.noEnd')}</Table.Td>
            <Table.Td ta="right">
              {onLeave && !leaving && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onLeave(entry)}
                  aria-label={t('groups.roster.leaveFor', { name: entry.name })}
                >
                  {t('groups.roster.leave')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        );
      }}
    </DataTable>
  );
}
