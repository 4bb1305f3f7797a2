import { Button, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setupSchema, type AuthStatus } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { AuthCard } from './AuthCard';
import { FormProblem } from './FormProblem';
import { newPasswordChecks, withoutConfirm } from './newPassword';
import { NewPasswordFields } from './NewPasswordFields';
import { useAuthForm } from './useAuthForm';

/** The first start: the administrator's own account, signed in at once. */
export function SetupScreen({ onStatus }: { onStatus: (status: AuthStatus) => void }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { values, issues, failure, busy, formRef, set, submit } = useAuthForm({
    initial: { username: '', displayName: '', password: '', confirm: '' },
    ...newPasswordChecks('password', setupSchema),
    send: (values) => invoke('auth.setup', withoutConfirm(values)),
    onDone: onStatus,
  });
  const issue = (field: string) => (issues[field] ? text(issues[field]) : undefined);
  return (
    <AuthCard title={t('auth.setup.title')} intro={t('auth.setup.intro')}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            name="displayName"
            label={t('auth.setup.displayName')}
            autoComplete="name"
            value={values.displayName}
            onChange={(event) => set('displayName', event.currentTarget.value)}
            error={issue('displayName')}
          />
          <TextInput
            name="username"
            label={t('auth.setup.username')}
            autoComplete="username"
            value={values.username}
            onChange={(event) => set('username', event.currentTarget.value)}
            error={issue('username')}
          />
          <NewPasswordFields
            name="password"
            value={values.password}
            confirm={values.confirm}
            label={t('auth.setup.password')}
            description={t('auth.setup.passwordHelp')}
            confirmLabel={t('auth.setup.confirm')}
            error={issue('password')}
            confirmError={issue('confirm')}
            onChange={set}
          />
          <FormProblem issue={issues._form} failure={failure} />
          <Button type="submit" loading={busy}>
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
