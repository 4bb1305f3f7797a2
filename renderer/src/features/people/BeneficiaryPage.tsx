import { Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { fullName, type Beneficiary } from '../../../../shared/domain/people';
import { useCan } from '../../app/useCan';
import { invoke } from '../../api';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { PlannedAbsencesCard } from '../attendance/PlannedAbsencesCard';
import { useLoad } from '../../lib/useLoad';
import { BackLink } from './BeneficiaryFormPage';
import { DetailsCard } from './page/DetailsCard';
import { GuardiansCard } from './page/GuardiansCard';
import { ReferralCard } from './page/ReferralCard';
import { SessionsCard } from './page/SessionsCard';
import { StatusBadge } from './page/StatusBadge';
import { useRouteId } from './routeId';

export function BeneficiaryPage() {
  const id = useRouteId();
  const load = useCallback(
    (): ReturnType<typeof invoke<'people.get'>> =>
      id === null
        ? Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'Not a record id' } })
        : invoke('people.get', { id }),
    [id],
  );
  const { state, retry } = useLoad(load);
  return (
    <>
      <BackLink />
      <Loaded state={state} onRetry={retry}>
        {(person) => <BeneficiaryView person={person} />}
      </Loaded>
    </>
  );
}

function BeneficiaryView({ person }: { person: Beneficiary }) {
  const { t } = useTranslation();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const mayWrite = useCan('people.write');
  return (
    <>
      <PageHeader title={fullName(person)} />
      <Group justify="space-between" mt="-md" mb="lg">
        <Group gap="xs">
          <StatusBadge status={person.status} />
          {person.hasDisability && (
            <Badge variant="outline" color="grape.9" tt="none" fw={600}>
              {t('people.list.disabilityMark')}
            </Badge>
          )}
        </Group>
        <Group gap="md">
          <Text role="status" c="teal.9" fw={600}>
            {saved ? t('people.page.saved') : ''}
          </Text>
          <Button component={Link} to={`/plans?person=${person.id}`} variant="default">
            {t('programmes.page.programmesOfPerson')}
          </Button>
          {mayWrite && (
            <Button component={Link} to={`/people/${person.id}/edit`}>
              {t('people.actions.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <DetailsCard person={person} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <GuardiansCard person={person} />
            <ReferralCard person={person} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack mt="lg">
        <PlannedAbsencesCard beneficiaryId={person.id} />
        <SessionsCard beneficiaryId={person.id} />
      </Stack>
    </>
  );
}
