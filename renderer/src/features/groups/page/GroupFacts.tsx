import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Tag } from '../Tag';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../../shared/contract/groups';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { useLanguage } from '../../../lib/languageContext';
import { ageBandText } from '../format/ageBand';
import { timetableSummary } from '../format/timetable';

interface Props {
  group: GroupDetail;
  serviceName: string;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </Stack>
  );
}

/** What the group is: its service, teacher, room, timetable, ages and places. */
export function GroupFacts({ group, serviceName }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const number = (n: number) => formatNumber(n, language);
  const { schedule } = group;
  const ends =
    schedule.end.kind === 'count'
      ? t('groups.facts.endCount', { count: schedule.end.count })
      : t('groups.facts.endDate', { date: formatCalendarDate(schedule.end.date, language, 'long') });
  return (
    <Paper withBorder radius="md" p="lg" mb="lg">
      <SimpleGrid cols={{ base: 1, sm: 3, md: 5 }} spacing="lg">
        <Fact label={t('groups.list.service')}>{serviceName}</Fact>
        <Fact label={t('groups.list.teacher')}>{group.teacherName}</Fact>
        <Fact label={t('groups.list.room')}>{group.roomName ?? '—'}</Fact>
        <Fact label={t('groups.list.ages')}>{ageBandText(group, t)}</Fact>
        <Fact label={t('groups.list.timetable')}>{timetableSummary(schedule, language, t)}</Fact>
        <Fact label={t('groups.facts.starts')}>
          {formatCalendarDate(schedule.startDate, language, 'long')}
        </Fact>
        <Fact label={t('groups.facts.ends')}>{ends}</Fact>
        <Fact label={t('groups.list.places')}>
          <Group gap="xs" component="span">
            <span data-testid="group-places">
              {t('groups.list.placesValue', {
                enrolled: number(group.enrolled),
                capacity: number(group.capacity),
              })}
            </span>
            <Tag color={group.free > 0 ? 'teal' : 'red'} variant="light">
              {group.free > 0 ? t('groups.list.free', { free: number(group.free) }) : t('groups.list.full')}
            </Tag>
          </Group>
        </Fact>
        <Fact label={t('groups.list.waiting')}>{number(group.waiting)}</Fact>
      </SimpleGrid>
      {group.notes !== '' && (
        <Text mt="md" c="gray.8">
          {group.notes}
        </Text>
      )}
    </Paper>
  );
}
