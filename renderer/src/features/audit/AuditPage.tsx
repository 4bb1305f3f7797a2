import { useTranslation } from 'react-i18next';
import { ComingSoonNotice } from '../../components/ComingSoonNotice';
import { PageHeader } from '../../components/PageHeader';

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('audit.nav')} />
      <ComingSoonNotice />
    </>
  );
}
