import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { resetPasswordSchema, type Account } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { FormProblem } from './FormProblem';
import { newPasswordChecks, withoutConfirm } from './newPassword';
import { NewPasswordFields } from './NewPasswordFields';
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
    initial: { id: account.id, password: '', confirm: '' },
    ...newPasswordChecks('password', resetPasswordSchema),
    send: (values) => invoke('accounts.resetPassword', withoutConfirm(values)),
    onDone,
  });
  const issue = (field: string) => (issues[field] ? text(issues[field]) : undefined);
  return (
    <Modal opened onClose={onClose} title={t('auth.accounts.resetTitle', { name: account.displayName })}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
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
