import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isoWeekdayOf } from '../../../../../shared/domain/calendar';
import { isHolidayRule, MOVING_HOLIDAYS, type Closure } from '../../../../../shared/domain/closures';
import { weekdayName } from '../../../../../shared/i18n/dates';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { DataTable } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { closureName, dateRangeText, dayCount } from '../format';
import { actionsColumn } from '../table/columns';
import { DeleteButton, EditButton } from '../table/RowButtons';

interface Props {
  closures: Closure[];
  caption: string;
  onEdit(closure: Closure): void;
  onDelete(closure: Closure): void;
}

function isMoving(closure: Closure): boolean {
  const rule = closure.holiday?.rule;
  return rule !== undefined && isHolidayRule(rule) && MOVING_HOLIDAYS.includes(rule);
}

export function ClosuresTable({ closures, caption, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <DataTable
      caption={caption}
      minWidth={760}
      columns={[
        { label: t('places.closures.dates') },
        { label: t('places.closures.days'), align: 'right' },
        { label: t('places.closures.name') },
        { label: t('places.closures.kind') },
        actionsColumn(t),
      ]}
      rows={closures}
    >
      {(closure) => {
        const name = closureName(closure, t);
        return (
          <Table.Tr key={closure.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Text fz="sm" fw={500}>
                {dateRangeText(closure.startDate, closure.endDate, language)}
              </Text>
              <Text fz="xs" c="dimmed">
                {weekdayName(isoWeekdayOf(closure.startDate), language, 'long')}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              {formatNumber(dayCount(closure.startDate, closure.endDate), language)}
            </Table.Td>
            <Table.Th scope="row" fw={600}>
              <Group gap="xs">
                <span>{name}</span>
                {isMoving(closure) && (
                  <Badge variant="outline" color="orange.9" radius="sm" tt="none" fw={500}>
                    {t('places.closures.moving')}
                  </Badge>
                )}
              </Group>
            </Table.Th>
            <Table.Td>{t(`places.closureKinds.${closure.kind}`)}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              <EditButton name={name} onClick={() => onEdit(closure)} />
              <DeleteButton
                label={t('places.actions.deleteNamed', { name })}
                onClick={() => onDelete(closure)}
              />
            </Table.Td>
          </Table.Tr>
        );
      }}
    </DataTable>
  );
}
