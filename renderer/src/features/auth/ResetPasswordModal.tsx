import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { resetPasswordSchema, type Account } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { FormProblem } from './FormProblem';
import { useAuthForm } from './useAuthForm';

interface Props {
  account: Account;
  onClose: () => void;
  onDone: (account: Account) => void;
}

export function ResetPasswordModal({ account, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { values, issues, failure, busy, formRef, set, submit } = useAuthForm({
    initial: { id: account.id, password: '' },
    schema: resetPasswordSchema,
    send: (v) => invoke('accounts.resetPassword', v),
    onDone,
  });
  return (
    <Modal opened onClose={onClose} title={t('auth.accounts.resetTitle', { name: account.displayName })}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <PasswordInput
            name="password"
            label={t('auth.accounts.password')}
            description={t('auth.accounts.passwordHelp')}
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => set('password', event.currentTarget.value)}
            error={issues.password ? text(issues.password) : undefined}
          />
          <FormProblem issue={issues._form} failure={failure} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('auth.accounts.resetSave')}
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
