import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Access } from '../../../../shared/contract/permissions';
import { useCan } from '../../app/useCan';
import { PageHeader } from '../../components/PageHeader';

/**
 * A page the account may not use, reached by its address rather than the menu: said plainly instead of a
 * screen of refused calls. The backend refuses those calls all the same.
 */
export function RequireAccess({ access, children }: { access: Access; children: ReactNode }) {
  const { t } = useTranslation();
  if (useCan(access)) return children;
  return (
    <>
      <PageHeader title={t('auth.forbidden.title')} />
      <Alert color="orange" variant="light" role="alert">
        <Text>{t('auth.forbidden.body')}</Text>
      </Alert>
    </>
  );
}
