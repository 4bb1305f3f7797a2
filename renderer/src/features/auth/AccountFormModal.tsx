import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accountCreateSchema, accountUpdateSchema, type Account } from '../../../../shared/contract/auth';
import { ROLES, type Role } from '../../../../shared/contract/permissions';
import type { StaffSummary } from '../../../../shared/domain/staff';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { FormProblem } from './FormProblem';
import { newPasswordChecks } from './newPassword';
import { NewPasswordFields } from './NewPasswordFields';
import { useAuthForm } from './useAuthForm';

interface Props {
  /** The account being edited, or null for a new one. */
  account: Account | null;
  staff: StaffSummary[];
  onClose: () => void;
  onSaved: (account: Account) => void;
}

// A type, not an interface: the form hook takes values as a record.
type Values = {
  username: string;
  displayName: string;
  password: string;
  confirm: string;
  roles: Role[];
  staffId: string;
  active: boolean;
};

const staffName = (s: StaffSummary) => [s.familyName, s.givenName].filter(Boolean).join(' ');

/** Create or edit one account: name, roles, the staff record it is, and (when editing) whether it may sign in. */
export function AccountFormModal({ account, staff, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const toInput = (v: Omit<Values, 'confirm'>) => ({
    username: v.username,
    displayName: v.displayName,
    password: v.password,
    roles: v.roles,
    staffId: v.staffId === '' ? null : Number(v.staffId),
    active: v.active,
  });
  const { values, issues, failure, busy, formRef, set, submit } = useAuthForm({
    initial: {
      username: account?.username ?? '',
      displayName: account?.displayName ?? '',
      password: '',
      confirm: '',
      roles: account?.roles ?? [],
      staffId: account?.staffId === null || account === null ? '' : String(account.staffId),
      active: account?.active ?? true,
    } satisfies Values as Values,
    // Only a new account is given a (first) password, so only then is it repeated.
    ...newPasswordChecks<Values>(
      'password',
      {
        safeParse: (v) => {
          const { username, displayName, password, roles, staffId, active } = toInput(v);
          return account
            ? accountUpdateSchema.safeParse({ id: account.id, displayName, roles, staffId, active })
            : accountCreateSchema.safeParse({ username, displayName, password, roles, staffId });
        },
      },
      account === null,
    ),
    send: (v: Values) => {
      const { username, displayName, password, roles, staffId, active } = toInput(v);
      return account
        ? invoke('accounts.update', { id: account.id, displayName, roles, staffId, active })
        : invoke('accounts.create', { username, displayName, password, roles, staffId });
    },
    onDone: onSaved,
  });
  const issue = (field: string) => (issues[field] ? text(issues[field]) : undefined);
  const title = account
    ? t('auth.accounts.editTitle', { name: account.displayName })
    : t('auth.accounts.newTitle');

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            name="displayName"
            label={t('auth.accounts.name')}
            value={values.displayName}
            onChange={(event) => set('displayName', event.currentTarget.value)}
            error={issue('displayName')}
          />
          <TextInput
            name="username"
            label={t('auth.accounts.username')}
            autoComplete="off"
            disabled={account !== null}
            value={values.username}
            onChange={(event) => set('username', event.currentTarget.value)}
            error={issue('username')}
          />
          {account === null && (
            <NewPasswordFields
              name="password"
              value={values.password}
              confirm={values.confirm}
              label={t('auth.accounts.password')}
              description={t('auth.accounts.passwordHelp')}
              confirmLabel={t('auth.accounts.confirm')}
              error={issue('password')}
              confirmError={issue('confirm')}
              onChange={set}
            />
          )}
          <Checkbox.Group
            label={t('auth.accounts.roles')}
            value={values.roles}
            onChange={(roles) =>
              set(
                'roles',
                roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
              )
            }
            error={issue('roles')}
          >
            <Group mt="xs">
              {ROLES.map((role) => (
                <Checkbox key={role} name="roles" value={role} label={t(`auth.roles.${role}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <NativeSelect
            name="staffId"
            label={t('auth.accounts.staff')}
            description={t('auth.accounts.staffHelp')}
            value={values.staffId}
            onChange={(event) => set('staffId', event.currentTarget.value)}
            error={issue('staffId')}
          >
            <option value="">{t('auth.accounts.noStaff')}</option>
            {staff.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {staffName(s)}
                {s.position ? ` — ${s.position}` : ''}
              </option>
            ))}
          </NativeSelect>
          {account !== null && (
            <Switch
              name="active"
              label={t('auth.accounts.activeLabel')}
              checked={values.active}
              onChange={(event) => set('active', event.currentTarget.checked)}
              error={issue('active')}
            />
          )}
          <FormProblem issue={issues._form} failure={failure} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('auth.accounts.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('auth.accounts.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
