import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema, type AuthStatus } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { FormProblem } from './FormProblem';
import { useAuthForm } from './useAuthForm';

interface Props {
  onDone: (status: AuthStatus) => void;
  onCancel?: () => void;
}

export function ChangePasswordForm({ onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { values, issues, failure, busy, formRef, set, submit } = useAuthForm({
    initial: { current: '', next: '', confirm: '' },
    // The repeated password is the screen's own: the channel's schema checks the rest.
    schema: { safeParse: ({ confirm: _confirm, ...input }) => changePasswordSchema.safeParse(input) },
    extraCheck: (v): Record<string, { key: string }> =>
      v.confirm === v.next ? {} : { confirm: { key: 'auth.validation.confirmMismatch' } },
    send: ({ confirm: _confirm, ...values }) => invoke('auth.changePassword', values),
    onDone,
    clearOnRefusal: ['current'],
  });
  const issue = (field: string) => (issues[field] ? text(issues[field]) : undefined);
  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <PasswordInput
          name="current"
          label={t('auth.password.current')}
          autoComplete="current-password"
          value={values.current}
          onChange={(event) => set('current', event.currentTarget.value)}
          error={issue('current')}
        />
        <PasswordInput
          name="next"
          label={t('auth.password.next')}
          description={t('auth.setup.passwordHelp')}
          autoComplete="new-password"
          value={values.next}
          onChange={(event) => set('next', event.currentTarget.value)}
          error={issue('next')}
        />
        <PasswordInput
          name="confirm"
          label={t('auth.password.confirm')}
          autoComplete="new-password"
          value={values.confirm}
          onChange={(event) => set('confirm', event.currentTarget.value)}
          error={issue('confirm')}
        />
        <FormProblem issue={issues._form} failure={failure} />
        <Group>
          <Button type="submit" loading={busy}>
            {t('auth.password.save')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('auth.password.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
