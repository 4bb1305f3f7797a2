import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../../app/useCan';
import { fullName } from '../../../../../shared/domain/people';
import { Loaded } from '../../../components/Loaded';
import { PageHeader } from '../../../components/PageHeader';
import { useLoad } from '../../../lib/useLoad';
import { loadCalendarRecords } from '../../calendar/filters/calendarRecords';
import { useRouteId } from '../../people/routeId';
import { ActionFailure } from './ActionFailure';
import { GoalsSection } from './GoalsSection';
import { PrescriptionsSection } from './PrescriptionsSection';
import { ProgrammeFacts } from './ProgrammeFacts';
import { ReviewsSection } from './ReviewsSection';
import { useProgramme, type ProgrammeState } from './useProgramme';

/** One programme: its period and status, goals with their scales, prescribed services, reviews. */
export function ProgrammePage() {
  const id = useRouteId();
  return id === null ? null : <ProgrammeView key={id} id={id} />;
}

function ProgrammeView({ id }: { id: number }) {
  const state = useProgramme(id);
  const records = useLoad(loadCalendarRecords);
  return (
    <Loaded state={state.state} onRetry={state.retry}>
      {(detail) => (
        <Loaded state={records.state} onRetry={records.retry}>
          {(loaded) => <Content state={state} detail={detail} records={loaded} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function Content({
  state,
  detail,
  records,
}: {
  state: ProgrammeState;
  detail: Parameters<typeof ProgrammeFacts>[0]['detail'];
  records: Parameters<typeof PrescriptionsSection>[0]['records'];
}) {
  const { t } = useTranslation();
  // Goals, reviews and the programme's notes are casework: the backend leaves them out without notes.read, so
  // reception sees the prescriptions to book from, not an empty "no goals yet" it could do nothing about.
  const casework = useCan('notes.read');
  const name = fullName(detail.beneficiary);
  return (
    <>
      <Group gap="lg" mb="xs">
        <Anchor component={Link} to="/plans" size="sm">
          {t('programmes.page.backToList')}
        </Anchor>
        <Anchor component={Link} to={`/people/${detail.beneficiary.id}`} size="sm">
          {t('programmes.page.personPage')}
        </Anchor>
      </Group>
      <PageHeader title={t('programmes.page.title', { name })} />
      <Stack gap="xl">
        {state.failure && <ActionFailure failure={state.failure} onClose={state.clearFailure} />}
        <ProgrammeFacts detail={detail} state={state} />
        {casework && detail.programme.notes !== '' && (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{detail.programme.notes}</Text>
        )}
        {casework && <GoalsSection detail={detail} state={state} />}
        <PrescriptionsSection detail={detail} state={state} records={records} />
        {casework && <ReviewsSection detail={detail} state={state} records={records} />}
      </Stack>
    </>
  );
}
