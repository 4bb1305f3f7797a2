import { Anchor, Box, Button, Checkbox, Group, Paper, Select } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Result } from '../../../../shared/contract';
import type { GroupSummary } from '../../../../shared/contract/groups';
import type { WaitingEntryView } from '../../../../shared/contract/waiting';
import { serviceName } from '../../../../shared/domain/services';
import { useCan } from '../../app/useCan';
import { invoke } from '../../api';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';
import { useGroupRecords, useServiceNamer } from './useGroupRecords';
import { AddWaitingDialog } from './waiting/AddWaitingDialog';
import { WaitingEditDialog } from './waiting/WaitingEditDialog';
import { WaitingTable } from './waiting/WaitingTable';
import { WithdrawDialog } from './waiting/WithdrawDialog';

interface ServiceLists {
  entries: WaitingEntryView[];
  groups: GroupSummary[];
}

/** Entries of mixed lists one list after another, each in its own order (the backend's), so positions read 1, 2, 3. */
function byList(entries: readonly WaitingEntryView[]): WaitingEntryView[] {
  const first = new Map<string, number>();
  entries.forEach((entry, index) =>
    first.set(
      `${entry.serviceId}/${entry.groupId}`,
      first.get(`${entry.serviceId}/${entry.groupId}`) ?? index,
    ),
  );
  const key = (entry: WaitingEntryView) => first.get(`${entry.serviceId}/${entry.groupId}`) ?? 0;
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => key(a.entry) - key(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The waiting lists of one service: its individual places and each of its groups, chosen in the address. */
export function WaitingListsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const records = useGroupRecords();
  const [params, setParams] = useSearchParams();
  const serviceId = Number(params.get('service')) || null;
  const [includeClosed, setIncludeClosed] = useState(false);
  const [adding, setAdding] = useState(false);
  const writes = useCan('schedule.write');
  const [editing, setEditing] = useState<WaitingEntryView | null>(null);
  const [withdrawing, setWithdrawing] = useState<WaitingEntryView | null>(null);

  const load = useCallback(async (): Promise<Result<ServiceLists>> => {
    const filter = serviceId === null ? {} : { serviceId };
    const [entries, groups] = await Promise.all([
      invoke('waiting.list', { ...filter, includeClosed }),
      invoke('groups.list', filter),
    ]);
    if (!entries.ok) return entries;
    if (!groups.ok) return groups;
    return { ok: true, value: { entries: entries.value, groups: groups.value } };
  }, [serviceId, includeClosed]);
  const lists = useLoad(load);

  const services = records.state.status === 'ready' ? records.state.value.services : [];
  const serviceOptions = services
    .filter((s) => s.active)
    .map((s) => ({ value: String(s.id), label: serviceName(s, language) }));
  const nameOfService = useServiceNamer(records.state.status === 'ready' ? records.state.value : null);

  return (
    <>
      <Anchor component={Link} to="/groups" size="sm">
        {t('groups.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl" mt="xs">
        <Box flex={1}>
          <PageHeader title={t('groups.waiting.title')}>{t('groups.waiting.intro')}</PageHeader>
        </Box>
        {writes && (
          <Button mt="xs" onClick={() => setAdding(true)}>
            {t('groups.waiting.add')}
          </Button>
        )}
      </Group>
      <Group gap="lg" align="flex-end" mb="md">
        <Select
          label={t('groups.waiting.service')}
          placeholder={t('groups.waiting.allServices')}
          data={services
            .filter((s) => s.active)
            .map((s) => ({ value: String(s.id), label: serviceName(s, language) }))}
          value={serviceId === null ? null : String(serviceId)}
          onChange={(value) => setParams(value === null ? {} : { service: value }, { replace: true })}
          clearable
          searchable
          w="22rem"
        />
        <Checkbox
          label={t('groups.waiting.includeClosed')}
          checked={includeClosed}
          onChange={(event) => setIncludeClosed(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Loaded state={lists.state} onRetry={lists.retry}>
        {({ entries, groups }) => (
          <>
            <Paper withBorder radius="md" p="md">
              <WaitingTable
                entries={byList(entries)}
                caption={t('groups.waiting.title')}
                listName={(entry) =>
                  entry.groupName ??
                  t('groups.waiting.individualOf', {
                    service: nameOfService(entry.serviceId),
                  })
                }
                {...(writes && { onEdit: setEditing, onWithdraw: setWithdrawing })}
              />
            </Paper>
            {adding && (
              <AddWaitingDialog
                serviceId={serviceId}
                services={serviceOptions}
                groups={groups}
                onClose={() => setAdding(false)}
                onSaved={() => {
                  setAdding(false);
                  lists.retry();
                }}
              />
            )}
          </>
        )}
      </Loaded>
      {withdrawing && (
        <WithdrawDialog
          entry={withdrawing}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            lists.retry();
          }}
        />
      )}
      {editing && (
        <WaitingEditDialog
          entry={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            lists.retry();
          }}
        />
      )}
    </>
  );
}
