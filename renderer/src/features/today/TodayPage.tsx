import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useToday } from '../../lib/useToday';
import { TodayBoard } from './TodayBoard';
import { TodayDate } from './TodayDate';

export function TodayPage() {
  const { t } = useTranslation();
  const today = useToday(useCentreTimeZone());
  return (
    <>
      <PageHeader title={t('today.title')}>
        <TodayDate />
      </PageHeader>
      {/* Keyed by the date, so that the board starts afresh when the day turns over at midnight. */}
      <TodayBoard key={today} date={today} />
    </>
  );
}
