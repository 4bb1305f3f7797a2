import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canBeReviewed,
  canStartNextPeriod,
  formatGasLevel,
  type ProgrammeDetail,
} from '../../../../../shared/domain/programmes';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useNavigate } from 'react-router';
import { useCan } from '../../../app/useCan';
import { invoke } from '../../../api';
import { TableHead } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { staffName, type CalendarRecords } from '../../calendar/filters/calendarRecords';
import { levelNameKey } from '../format';
import { ReviewDialog } from './ReviewDialog';
import type { ProgrammeState } from './useProgramme';

/** The reviews, newest first, with the level each goal reached; recording one and starting the next period. */
export function ReviewsSection({
  detail,
  state,
  records,
}: {
  detail: ProgrammeDetail;
  state: ProgrammeState;
  records: CalendarRecords;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [recording, setRecording] = useState(false);
  const writes = useCan('programmes.write');
  const { programme } = detail;
  const goalText = (id: number) => detail.goals.find((g) => g.id === id)?.goal ?? '—';
  const reviewer = (id: number | null) => {
    const found = id === null ? undefined : records.staff.find((s) => s.id === id);
    return found ? staffName(found) : t('programmes.review.noReviewer');
  };

  const startNext = async () => {
    const result = await invoke('programmes.startNextPeriod', { programmeId: programme.id });
    if (result.ok) void navigate(`/plans/${result.value.programme.id}`);
    else void state.run(() => Promise.resolve(result));
  };

  return (
    <section aria-labelledby="reviews-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="reviews-title">
          {t('programmes.page.reviewsTitle')}
        </Title>
        <Group gap="sm">
          {writes && canBeReviewed(programme.status) && detail.goals.length > 0 && (
            <Button onClick={() => setRecording(true)}>{t('programmes.review.record')}</Button>
          )}
          {writes && canStartNextPeriod(programme.status) && detail.nextId === null && (
            <Button
              variant="default"
              onClick={() => void startNext()}
              title={t('programmes.review.startNextHint')}
            >
              {t('programmes.review.startNext')}
            </Button>
          )}
        </Group>
      </Group>
      {detail.reviews.length === 0 && <Text>{t('programmes.page.noReviews')}</Text>}
      <Stack gap="md">
        {detail.reviews.map((review) => (
          <Paper key={review.id} withBorder radius="md" p="lg" data-testid="review">
            <Stack gap="sm">
              <Group gap="md">
                <Text fw={700}>{formatCalendarDate(review.reviewDate, language, 'long')}</Text>
                <Text c="gray.7">{t('programmes.review.by', { name: reviewer(review.reviewerId) })}</Text>
              </Group>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{review.conclusion}</Text>
              <Table withTableBorder verticalSpacing={4} fz="sm">
                <Table.Caption>{t('programmes.review.reached')}</Table.Caption>
                <TableHead
                  columns={[{ label: t('programmes.goal.goal') }, { label: t('programmes.review.reached') }]}
                />
                <Table.Tbody>
                  {review.levels.map((level) => (
                    <Table.Tr key={level.goalId}>
                      <Table.Td>{goalText(level.goalId)}</Table.Td>
                      <Table.Td>
                        {formatGasLevel(level.level)} · {t(levelNameKey(level.level))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Paper>
        ))}
      </Stack>
      {recording && (
        <ReviewDialog detail={detail} records={records} state={state} onClose={() => setRecording(false)} />
      )}
    </section>
  );
}
