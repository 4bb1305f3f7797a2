import { Box, Button, Checkbox, Group, Paper, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from '../../../../../shared/domain/programmes';
import { useCan } from '../../../app/useCan';
import { invoke } from '../../../api';
import { Loaded } from '../../../components/Loaded';
import { PageHeader } from '../../../components/PageHeader';
import { useLoad } from '../../../lib/useLoad';
import { ProgrammesTable } from './ProgrammesTable';

/** Typing pauses this long before the list is asked again. */
const TYPING_PAUSE_MS = 250;

/** Every programme, or one person's (`?person=<id>`), or those due for review (`?due=1`). */
export function ProgrammesListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState('');
  const [typed] = useDebouncedValue(query, TYPING_PAUSE_MS);
  const [status, setStatus] = useState<ProgrammeStatus | null>(null);
  const dueForReview = params.get('due') === '1';
  const person = Number(params.get('person')) || null;
  const writes = useCan('programmes.write');

  const load = useCallback(
    () => invoke('programmes.list', { query: typed, status, dueForReview, beneficiaryId: person }),
    [typed, status, dueForReview, person],
  );
  const list = useLoad(load);

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
        <Box flex={1}>
          <PageHeader title={t('programmes.list.title')}>{t('programmes.list.intro')}</PageHeader>
        </Box>
        {writes && (
          <Button component={Link} to={person ? `/plans/new?person=${person}` : '/plans/new'} mt="xs">
            {t('programmes.list.newProgramme')}
          </Button>
        )}
      </Group>
      <Group gap="md" align="flex-end" mb="md">
        <TextInput
          label={t('programmes.list.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w="18rem"
        />
        <Select
          label={t('programmes.list.status')}
          placeholder={t('programmes.list.anyStatus')}
          data={PROGRAMME_STATUSES.map((s) => ({ value: s, label: t(`programmes.statuses.${s}`) }))}
          value={status}
          onChange={(value) => setStatus(value as ProgrammeStatus | null)}
          clearable
          w="14rem"
        />
        <Checkbox
          label={t('programmes.list.dueOnly')}
          checked={dueForReview}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            if (event.currentTarget.checked) next.set('due', '1');
            else next.delete('due');
            setParams(next, { replace: true });
          }}
          mb={8}
        />
      </Group>
      <Loaded state={list.state} onRetry={list.retry}>
        {(found) => (
          <Paper withBorder radius="md">
            <ProgrammesTable
              items={found.items}
              empty={t(dueForReview ? 'programmes.list.emptyDue' : 'programmes.list.empty')}
            />
          </Paper>
        )}
      </Loaded>
    </>
  );
}
