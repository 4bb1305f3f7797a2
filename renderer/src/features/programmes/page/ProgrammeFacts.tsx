import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  canMoveTo,
  isEditable,
  type ProgrammeDetail,
  type ProgrammeStatus,
} from '../../../../../shared/domain/programmes';
import { formatCalendarDate, formatDateRange } from '../../../../../shared/i18n/dates';
import { useCan } from '../../../app/useCan';
import { invoke } from '../../../api';
import { useLanguage } from '../../../lib/languageContext';
import { StatusBadge } from '../StatusBadge';
import { PeriodDialog } from './PeriodDialog';
import type { ProgrammeState } from './useProgramme';
import { useState } from 'react';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** Period, review date and status, with the moves the status allows. */
export function ProgrammeFacts({ detail, state }: { detail: ProgrammeDetail; state: ProgrammeState }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  const { programme } = detail;
  const move = (status: ProgrammeStatus) =>
    void state.run(() => invoke('programmes.setStatus', { id: programme.id, status }));
  const writes = useCan('programmes.write');
  const can = (status: ProgrammeStatus) => writes && canMoveTo(programme.status, status);

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        {detail.dueForReview && (
          <Alert color="orange" variant="light">
            {t('programmes.page.due')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('programmes.list.period')}>
            {formatDateRange(programme.startDate, programme.endDate, language)}
          </Fact>
          <Fact label={t('programmes.list.nextReview')}>
            {formatCalendarDate(programme.reviewDate, language, 'long')}
          </Fact>
          <Fact label={t('programmes.list.status')}>
            <Group gap="xs">
              <StatusBadge status={programme.status} />
              <Text size="sm" c="gray.7">
                {programme.approvedAt
                  ? t('programmes.page.approvedBy', {
                      date: formatCalendarDate(programme.approvedAt.slice(0, 10), language, 'long'),
                    })
                  : t('programmes.page.notApproved')}
              </Text>
            </Group>
          </Fact>
        </SimpleGrid>
        <Group gap="sm">
          {writes && programme.status === 'draft' && (
            <Button onClick={() => move('active')} loading={state.busy}>
              {t('programmes.page.approve')}
            </Button>
          )}
          {programme.status === 'reviewed' && can('active') && (
            <Button variant="default" onClick={() => move('active')} loading={state.busy}>
              {t('programmes.page.resume')}
            </Button>
          )}
          {writes && isEditable(programme.status) && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('programmes.form.edit')}
            </Button>
          )}
          {can('closed') && (
            <Button variant="subtle" color="red" onClick={() => move('closed')} loading={state.busy}>
              {t('programmes.page.close')}
            </Button>
          )}
          {programme.previousId !== null && (
            <Anchor component={Link} to={`/plans/${programme.previousId}`}>
              {t('programmes.page.previous')}
            </Anchor>
          )}
          {detail.nextId !== null && (
            <Anchor component={Link} to={`/plans/${detail.nextId}`}>
              {t('programmes.page.next')}
            </Anchor>
          )}
        </Group>
      </Stack>
      {editing && <PeriodDialog detail={detail} state={state} onClose={() => setEditing(false)} />}
    </Paper>
  );
}
