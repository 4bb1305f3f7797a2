import { Box, Button, Checkbox, Group, Paper, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../app/useCan';
import { invoke } from '../../api';
import { useLoad } from '../../lib/useLoad';
import { GroupsTable } from './list/GroupsTable';
import { useGroupRecords, useServiceNamer } from './useGroupRecords';

export function GroupsListPage() {
  const { t } = useTranslation();
  const [includeInactive, setIncludeInactive] = useState(false);
  const load = useCallback(() => invoke('groups.list', { includeInactive }), [includeInactive]);
  const groups = useLoad(load);
  const writes = useCan('schedule.write');
  const records = useGroupRecords();
  const serviceName = useServiceNamer(records.state.status === 'ready' ? records.state.value : null);

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
        <Box flex={1}>
          <PageHeader title={t('groups.list.title')}>{t('groups.list.intro')}</PageHeader>
        </Box>
        <Group gap="sm" wrap="nowrap" mt="xs">
          <Button component={Link} to="/groups/waiting" variant="default">
            {t('groups.list.waitingLists')}
          </Button>
          {writes && (
            <Button component={Link} to="/groups/new">
              {t('groups.list.newGroup')}
            </Button>
          )}
        </Group>
      </Group>
      <Checkbox
        label={t('groups.list.showInactive')}
        checked={includeInactive}
        onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
        mb="md"
      />
      <Loaded state={groups.state} onRetry={groups.retry}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('groups.list.empty')}</Text>
          ) : (
            <Paper withBorder radius="md">
              <GroupsTable groups={list} serviceName={serviceName} />
            </Paper>
          )
        }
      </Loaded>
    </>
  );
}
