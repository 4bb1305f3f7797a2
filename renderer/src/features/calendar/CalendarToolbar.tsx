import { ActionIcon, Button, Group, SegmentedControl, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COLUMN_MODES, hasColumns, PERIODS, type ColumnMode, type Period } from './views';

interface Props {
  title: string;
  period: Period;
  columns: ColumnMode;
  onPrevious(): void;
  onToday(): void;
  onNext(): void;
  onPeriod(period: Period): void;
  onColumns(columns: ColumnMode): void;
}

/** Moving through time and choosing what to see: ordinary buttons and radio groups, all reachable by keyboard. */
export function CalendarToolbar(props: Props) {
  const { t } = useTranslation();
  const { period, columns } = props;
  const previous = t(`calendar.previous.${period}`);
  const next = t(`calendar.next.${period}`);
  return (
    <Group justify="space-between" gap="sm" mb="sm" role="group" aria-label={t('calendar.toolbar')}>
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={previous}>
          <ActionIcon variant="default" size="lg" aria-label={previous} onClick={props.onPrevious}>
            <span aria-hidden="true">‹</span>
          </ActionIcon>
        </Tooltip>
        <Button variant="default" onClick={props.onToday}>
          {t('calendar.today')}
        </Button>
        <Tooltip label={next}>
          <ActionIcon variant="default" size="lg" aria-label={next} onClick={props.onNext}>
            <span aria-hidden="true">›</span>
          </ActionIcon>
        </Tooltip>
        {/* Announced when it changes, so moving a week with the keyboard says where one has arrived. */}
        <Title order={2} fz="h3" ml="sm" aria-live="polite" data-testid="calendar-title">
          {props.title}
        </Title>
      </Group>
      <Group gap="sm">
        <SegmentedControl
          aria-label={t('calendar.period')}
          value={period}
          onChange={(value) => props.onPeriod(value as Period)}
          data={PERIODS.map((value) => ({ value, label: t(`calendar.periods.${value}`) }))}
        />
        <SegmentedControl
          aria-label={t('calendar.columns')}
          title={hasColumns(period) ? undefined : t('calendar.columnsOnlyDayWeek')}
          disabled={!hasColumns(period)}
          value={hasColumns(period) ? columns : 'centre'}
          onChange={(value) => props.onColumns(value as ColumnMode)}
          data={COLUMN_MODES.map((value) => ({ value, label: t(`calendar.columnModes.${value}`) }))}
        />
      </Group>
    </Group>
  );
}
