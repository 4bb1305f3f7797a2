import { useTranslation } from 'react-i18next';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { CentreCalendar } from './CentreCalendar';
import { loadCalendarResources } from './resources';

export function CalendarPage() {
  const { t } = useTranslation();
  const resources = useLoad(loadCalendarResources);
  return (
    <>
      <PageHeader title={t('calendar.title')} />
      <Loaded state={resources.state} onRetry={resources.retry}>
        {(value) => <CentreCalendar resources={value} />}
      </Loaded>
    </>
  );
}
