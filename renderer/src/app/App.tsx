import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { Language } from '../../../shared/domain/languages';
import type { CentreSettings } from '../../../shared/domain/settings';
import { ComingSoonPage } from '../features/placeholder/ComingSoonPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TodayPage } from '../features/today/TodayPage';
import { AppLayout } from './AppLayout';
import { CentreProvider } from './CentreProvider';
import { LanguageProvider } from './LanguageProvider';
import { cssVariablesResolver, theme } from './theme';

interface Props {
  i18n: I18n;
  initialLanguage: Language;
  initialSettings: CentreSettings | null;
}

export function App({ i18n, initialLanguage, initialSettings }: Props) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <LanguageProvider i18n={i18n} initialLanguage={initialLanguage}>
        <CentreProvider initialSettings={initialSettings}>
          <HashRouter>
            <Routes>
              <Route element={<AppLayout />}>
                <Route index element={<Navigate to="/today" replace />} />
                <Route path="today" element={<TodayPage />} />
                <Route path="calendar" element={<ComingSoonPage title="nav.calendar" />} />
                <Route path="people" element={<ComingSoonPage title="nav.people" />} />
                <Route path="groups" element={<ComingSoonPage title="nav.groups" />} />
                <Route path="plans" element={<ComingSoonPage title="nav.plans" />} />
                <Route path="reports" element={<ComingSoonPage title="nav.reports" />} />
                <Route path="settings" element={<SettingsPage />} />
                {/* An address from a newer build or a typo lands on Today rather than on an empty screen. */}
                <Route path="*" element={<Navigate to="/today" replace />} />
              </Route>
            </Routes>
          </HashRouter>
        </CentreProvider>
      </LanguageProvider>
    </MantineProvider>
  );
}
