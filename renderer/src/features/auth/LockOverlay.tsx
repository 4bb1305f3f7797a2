import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { z } from 'zod';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary, AuthStatus } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { FormProblem } from './FormProblem';
import { useAuthForm } from './useAuthForm';
import classes from './LockOverlay.module.css';

const unlockSchema = z.strictObject({ password: z.string().min(1) });

interface Props {
  account: AccountSummary;
  onStatus: (status: AuthStatus) => void;
  onSignOut: () => void;
}

/** Covers the screen (which stays mounted underneath, forms and all) until the password is typed again. */
export function LockOverlay({ account, onStatus, onSignOut }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const titleId = useId();
  const { values, issues, failure, busy, formRef, set, submit } = useAuthForm({
    initial: { password: '' },
    schema: unlockSchema,
    send: (values) => invoke('auth.unlock', values),
    onDone: onStatus,
    clearOnRefusal: ['password'],
  });
  return (
    <div className={classes.backdrop}>
      <Paper
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={classes.card}
        p="xl"
        radius="md"
        shadow="xl"
      >
        <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Title order={2} id={titleId}>
              {t('auth.lock.title')}
            </Title>
            <Text component="p">{t('auth.lock.intro', { name: account.displayName })}</Text>
            <PasswordInput
              name="password"
              label={t('auth.lock.password')}
              autoComplete="current-password"
              // The only thing to do here; the screen behind is inert.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
              value={values.password}
              onChange={(event) => set('password', event.currentTarget.value)}
              error={issues.password ? text(issues.password) : undefined}
            />
            <FormProblem issue={issues._form} failure={failure} />
            <Group justify="space-between">
              <Button type="submit" loading={busy}>
                {t('auth.lock.unlock')}
              </Button>
              <Button variant="subtle" onClick={onSignOut}>
                {t('auth.lock.signOut')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </div>
  );
}
