import { useTranslation } from 'react-i18next';
import { ComingSoonNotice } from '../../components/ComingSoonNotice';
import { PageHeader } from '../../components/PageHeader';
import { TodayDate } from './TodayDate';

export function TodayPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('today.title')}>
        <TodayDate />
      </PageHeader>
      {/* The day's schedule belongs here; until it is built the page says so. */}
      <ComingSoonNotice />
    </>
  );
}
