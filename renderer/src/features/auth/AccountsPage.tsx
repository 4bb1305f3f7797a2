import { useTranslation } from 'react-i18next';
import { ComingSoonNotice } from '../../components/ComingSoonNotice';
import { PageHeader } from '../../components/PageHeader';

export function AccountsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('auth.nav')} />
      <ComingSoonNotice />
    </>
  );
}
