import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema, type AuthStatus } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { FormProblem } from './FormProblem';
import { newPasswordChecks, withoutConfirm } from './newPassword';
import { NewPasswordFields } from './NewPasswordFields';
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
    ...newPasswordChecks('next', changePasswordSchema),
    send: (values) => invoke('auth.changePassword', withoutConfirm(values)),
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
        <NewPasswordFields
          name="next"
          value={values.next}
          confirm={values.confirm}
          label={t('auth.password.next')}
          description={t('auth.setup.passwordHelp')}
          confirmLabel={t('auth.password.confirm')}
          error={issue('next')}
          confirmError={issue('confirm')}
          onChange={(field, value) => set(field === 'password' ? 'next' : 'confirm', value)}
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
