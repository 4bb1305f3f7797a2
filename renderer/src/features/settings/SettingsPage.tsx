import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { AboutSection } from './AboutSection';
import { SettingsForm } from './SettingsForm';

const loadSettings = () => invoke('settings.get', {});

export function SettingsPage() {
  const { t } = useTranslation();
  const { state, retry } = useLoad(loadSettings);
  return (
    <>
      <PageHeader title={t('settings.title')}>{t('settings.intro')}</PageHeader>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ErrorAlert error={state.error} onRetry={retry} />}
      {/* The form appears only with the stored values, so nothing typed is ever overwritten by a late load. */}
      {state.status === 'ready' && <SettingsForm initial={state.value} />}
      <AboutSection />
    </>
  );
}
