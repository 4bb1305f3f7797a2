import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isoWeekdayOf } from '../../../../../shared/domain/calendar';
import { isHolidayRule, MOVING_HOLIDAYS, type Closure } from '../../../../../shared/domain/closures';
import { weekdayName } from '../../../../../shared/i18n/dates';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { useLanguage } from '../../../lib/languageContext';
import { closureName, dateRangeText, dayCount } from '../format';

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
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('places.closures.dates')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('places.closures.days')}
            </Table.Th>
            <Table.Th scope="col">{t('places.closures.name')}</Table.Th>
            <Table.Th scope="col">{t('places.closures.kind')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('places.form.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {closures.map((closure) => {
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
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => onEdit(closure)}
                    aria-label={t('places.actions.editNamed', { name })}
                  >
                    {t('places.actions.edit')}
                  </Button>
                  <Button
                    variant="subtle"
                    color="red.8"
                    size="compact-sm"
                    onClick={() => onDelete(closure)}
                    aria-label={t('places.actions.deleteNamed', { name })}
                  >
                    {t('places.actions.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
