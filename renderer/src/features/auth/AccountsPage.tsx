import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/contract/auth';
import { localDateTime } from '../../../../shared/domain/scheduling/time-zone';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { invoke } from '../../api';
import { useCan } from '../../app/useCan';
import { DataTable } from '../../components/DataTable';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';
import { AccountFormModal } from './AccountFormModal';
import { LockMinutesForm } from './LockMinutesForm';
import { ResetPasswordModal } from './ResetPasswordModal';

async function loadPage() {
  const [accounts, staff] = await Promise.all([
    invoke('accounts.list', {}),
    invoke('staff.list', { includeInactive: false }),
  ]);
  if (!accounts.ok) return accounts;
  return { ok: true as const, value: { ...accounts.value, staff: staff.ok ? staff.value : [] } };
}

type Editing =
  { kind: 'new' } | { kind: 'edit'; account: Account } | { kind: 'reset'; account: Account } | null;

/** The administrator's list of who may sign in, with what roles. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const timeZone = useCentreTimeZone();
  const canSetLock = useCan('settings.write');
  const { state, retry, update } = useLoad(loadPage);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const put = useCallback(
    (account: Account) =>
      update((page) => {
        const others = page.accounts.filter((a) => a.id !== account.id);
        return {
          ...page,
          accounts: [...others, account].sort((a, b) => a.displayName.localeCompare(b.displayName)),
        };
      }),
    [update],
  );
  const when = (instant: string) => {
    const { date, time } = localDateTime(instant, timeZone);
    return `${formatCalendarDate(date, language, 'short')} ${time}`;
  };

  return (
    <>
      <PageHeader title={t('auth.accounts.title')}>{t('auth.accounts.intro')}</PageHeader>
      <Loaded state={state} onRetry={retry}>
        {(page) => (
          <Stack gap="xl">
            <Group>
              <Button onClick={() => setEditing({ kind: 'new' })}>{t('auth.accounts.add')}</Button>
              {notice && (
                <Alert color="green" variant="light" role="status" py={6}>
                  {notice}
                </Alert>
              )}
            </Group>
            <DataTable
              caption={t('auth.accounts.tableCaption')}
              minWidth={760}
              rows={page.accounts}
              columns={[
                { label: t('auth.accounts.name') },
                { label: t('auth.accounts.username') },
                { label: t('auth.accounts.roles') },
                { label: t('auth.accounts.staff') },
                { label: t('auth.accounts.status') },
                { label: t('auth.accounts.edit'), hidden: true },
              ]}
            >
              {(account) => {
                const linked = page.staff.find((s) => s.id === account.staffId);
                return (
                  <Table.Tr key={account.id}>
                    <Table.Th scope="row" fw={600}>
                      {account.displayName}
                    </Table.Th>
                    <Table.Td>{account.username}</Table.Td>
                    <Table.Td>{account.roles.map((role) => t(`auth.roles.${role}`)).join(', ')}</Table.Td>
                    <Table.Td>{linked ? `${linked.familyName} ${linked.givenName}` : '—'}</Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <Badge color={account.active ? 'green' : 'gray'} variant="light">
                          {account.active ? t('auth.accounts.active') : t('auth.accounts.disabled')}
                        </Badge>
                        {account.mustChangePassword && <Text fz="sm">{t('auth.accounts.mustChange')}</Text>}
                        {account.lockedUntil && (
                          <Text fz="sm" c="red.8">
                            {t('auth.accounts.lockedUntil', { time: when(account.lockedUntil) })}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`${t('auth.accounts.edit')}: ${account.displayName}`}
                          onClick={() => setEditing({ kind: 'edit', account })}
                        >
                          {t('auth.accounts.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`${t('auth.accounts.reset')}: ${account.displayName}`}
                          onClick={() => setEditing({ kind: 'reset', account })}
                        >
                          {t('auth.accounts.reset')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              }}
            </DataTable>
            {canSetLock && <LockMinutesForm minutes={page.lockAfterMinutes} />}
            {editing && editing.kind !== 'reset' && (
              <AccountFormModal
                account={editing.kind === 'edit' ? editing.account : null}
                staff={page.staff}
                onClose={() => setEditing(null)}
                onSaved={(account) => {
                  put(account);
                  setEditing(null);
                  setNotice(t('auth.accounts.saved'));
                }}
              />
            )}
            {editing?.kind === 'reset' && (
              <ResetPasswordModal
                account={editing.account}
                onClose={() => setEditing(null)}
                onDone={(account) => {
                  put(account);
                  setEditing(null);
                  setNotice(t('auth.accounts.resetDone'));
                }}
              />
            )}
          </Stack>
        )}
      </Loaded>
    </>
  );
}
