import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayCounts } from './board';

/** Expected, arrived and absent at a glance, as a labelled list so a screen reader reads them as one group. */
export function DayCountsBar({ counts }: { counts: DayCounts }) {
  const { t } = useTranslation();
  const items = [
    {
      key: 'expected',
      label: t('attendance.board.counts.expected'),
      value: counts.expected,
      colour: 'gray.9',
    },
    { key: 'arrived', label: t('attendance.board.counts.arrived'), value: counts.arrived, colour: 'green.9' },
    { key: 'absent', label: t('attendance.board.counts.absent'), value: counts.absent, colour: 'red.9' },
  ] as const;
  return (
    <Group
      gap="sm"
      component="ul"
      aria-label={t('attendance.board.counts.label')}
      className="imkon-today-counts"
    >
      {items.map((item) => (
        <Paper
          key={item.key}
          component="li"
          withBorder
          radius="md"
          px="md"
          py="xs"
          data-testid={`today-count-${item.key}`}
        >
          <Text size="sm" c="gray.7">
            {item.label}
          </Text>
          <Text fz={28} fw={700} c={item.colour} lh={1.1}>
            {item.value}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
