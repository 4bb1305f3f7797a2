import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeListItem } from '../../../../../shared/domain/programmes';
import { fullName } from '../../../../../shared/domain/people';
import { formatCalendarDate, formatDateRange } from '../../../../../shared/i18n/dates';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { DataTable } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { Tag } from '../../groups/Tag';
import { StatusBadge } from '../StatusBadge';

/** "5 января – 5 июля 2026" breaks at the dash if at all, not inside a date. */
function Period({ text }: { text: string }) {
  const ends = text.split(' – ');
  return ends.map((end, index) => (
    <span key={index}>
      {index > 0 && '\u00a0– '}
      <span style={{ whiteSpace: 'nowrap' }}>{end}</span>
    </span>
  ));
}

export function ProgrammesTable({ items, empty }: { items: ProgrammeListItem[]; empty: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <DataTable
      caption={t('programmes.list.caption')}
      minWidth={760}
      rows={items}
      empty={empty}
      columns={[
        { label: t('programmes.list.person') },
        { label: t('programmes.list.period') },
        { label: t('programmes.list.status') },
        { label: t('programmes.list.nextReview') },
        { label: t('programmes.list.goals'), align: 'right' },
      ]}
    >
      {(item) => {
        const name = fullName(item.beneficiary);
        return (
          <Table.Tr key={item.id}>
            <Table.Td>
              <Anchor
                component={Link}
                to={`/plans/${item.id}`}
                aria-label={t('programmes.list.open', { name })}
              >
                {name}
              </Anchor>
              <Text size="sm" c="gray.7">
                {formatCalendarDate(item.beneficiary.birthDate, language, 'short')}
              </Text>
            </Table.Td>
            <Table.Td>
              <Period text={formatDateRange(item.startDate, item.endDate, language)} />
            </Table.Td>
            <Table.Td>
              <StatusBadge status={item.status} />
            </Table.Td>
            <Table.Td>
              {formatCalendarDate(item.reviewDate, language, 'long')}
              {item.dueForReview && (
                <Tag color="orange" radius="sm" display="block" w="fit-content" mt={4}>
                  {t('programmes.list.due')}
                </Tag>
              )}
            </Table.Td>
            <Table.Td ta="right">{formatNumber(item.goalCount, language)}</Table.Td>
          </Table.Tr>
        );
      }}
    </DataTable>
  );
}
