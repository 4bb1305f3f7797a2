import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/contract/auth';
import { signInSchema } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { AuthCard } from './AuthCard';
import { FormProblem } from './FormProblem';
import { useAuthForm } from './useAuthForm';

export function SignInScreen({ onStatus }: { onStatus: (status: AuthStatus) => void }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { values, issues, failure, busy, formRef, set, submit } = useAuthForm({
    initial: { username: '', password: '' },
    schema: signInSchema,
    send: (values) => invoke('auth.signIn', values),
    onDone: onStatus,
    clearOnRefusal: ['password'],
  });
  const issue = (field: string) => (issues[field] ? text(issues[field]) : undefined);
  return (
    <AuthCard title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            name="username"
            label={t('auth.signIn.username')}
            autoComplete="username"
            // The first thing anyone does on this screen.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            value={values.username}
            onChange={(event) => set('username', event.currentTarget.value)}
            error={issue('username')}
          />
          <PasswordInput
            name="password"
            label={t('auth.signIn.password')}
            autoComplete="current-password"
            value={values.password}
            onChange={(event) => set('password', event.currentTarget.value)}
            error={issue('password')}
          />
          <FormProblem issue={issues._form} failure={failure} />
          <Button type="submit" loading={busy}>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
