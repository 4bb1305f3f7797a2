import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { Loaded } from '../../components/Loaded';
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
      {/* The form appears only with the stored values, so nothing typed is ever overwritten by a late load. */}
      <Loaded state={state} onRetry={retry}>
        {(settings) => <SettingsForm initial={settings} />}
      </Loaded>
      <AboutSection />
    </>
  );
}
