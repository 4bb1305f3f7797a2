import { Button, Menu, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/useCan';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The signed-in person's name in the header, with their password, the lock and signing out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [changing, setChanging] = useState(false);
  const account = auth?.session.account;
  if (!auth || !account) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" aria-label={t('auth.header.menu', { name: account.displayName })}>
            {account.displayName}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setChanging(true)}>{t('auth.header.changePassword')}</Menu.Item>
          <Menu.Item onClick={() => void auth.lock()}>{t('auth.header.lock')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void auth.signOut()}>{t('auth.header.signOut')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={() => setChanging(false)} title={t('auth.password.title')}>
        <ChangePasswordForm
          onDone={(status) => {
            setChanging(false);
            auth.apply(status);
          }}
          onCancel={() => setChanging(false)}
        />
      </Modal>
    </>
  );
}
