import { useTranslation } from 'react-i18next';
import { ComingSoonNotice } from '../../components/ComingSoonNotice';
import { PageHeader } from '../../components/PageHeader';

export function DataExportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('dataExport.nav')} />
      <ComingSoonNotice />
    </>
  );
}
