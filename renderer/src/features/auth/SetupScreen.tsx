import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setupSchema, type AuthStatus } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { AuthCard } from './AuthCard';
import { FormProblem } from './FormProblem';
import { useAuthForm } from './useAuthForm';

/** The first start: the administrator's own account, signed in at once. */
export function SetupScreen({ onStatus }: { onStatus: (status: AuthStatus) => void }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { values, issues, failure, busy, formRef, set, submit } = useAuthForm({
    initial: { username: '', displayName: '', password: '', confirm: '' },
    // The repeated password is the screen's own: the channel's schema checks the rest.
    schema: { safeParse: ({ confirm: _confirm, ...input }) => setupSchema.safeParse(input) },
    extraCheck: (v): Record<string, { key: string }> =>
      v.confirm === v.password ? {} : { confirm: { key: 'auth.validation.confirmMismatch' } },
    send: ({ confirm: _confirm, ...values }) => invoke('auth.setup', values),
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
          <PasswordInput
            name="password"
            label={t('auth.setup.password')}
            description={t('auth.setup.passwordHelp')}
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => set('password', event.currentTarget.value)}
            error={issue('password')}
          />
          <PasswordInput
            name="confirm"
            label={t('auth.setup.confirm')}
            autoComplete="new-password"
            value={values.confirm}
            onChange={(event) => set('confirm', event.currentTarget.value)}
            error={issue('confirm')}
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
