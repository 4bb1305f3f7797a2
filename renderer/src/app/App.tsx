import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { HashRouter, Route, Routes } from 'react-router';
import type { Language } from '../../../shared/domain/languages';
import type { CentreSettings } from '../../../shared/domain/settings';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { GroupFormPage } from '../features/groups/GroupFormPage';
import { GroupPage } from '../features/groups/GroupPage';
import { GroupsListPage } from '../features/groups/GroupsListPage';
import { WaitingListsPage } from '../features/groups/WaitingListsPage';
import { BeneficiaryFormPage } from '../features/people/BeneficiaryFormPage';
import { BeneficiaryPage } from '../features/people/BeneficiaryPage';
import { PeopleListPage } from '../features/people/PeopleListPage';
import { ImportPage } from '../features/peopleImport/ImportPage';
import { ClosuresPage } from '../features/places/ClosuresPage';
import { RoomsPage } from '../features/places/RoomsPage';
import { ServicesPage } from '../features/places/ServicesPage';
import { StaffPage } from '../features/places/StaffPage';
import { SettingsLayout } from '../features/settings/SettingsLayout';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TodayPage } from '../features/today/TodayPage';
import { ProgrammesRoutes } from '../features/programmes/ProgrammesRoutes';
import { NotesRoutes } from '../features/notes/NotesRoutes';
import { ReportsRoutes } from '../features/reports/ReportsRoutes';
import { AccountsPage } from '../features/auth/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backup/BackupsPage';
import { DataExportPage } from '../features/dataExport/DataExportPage';
import { AuthGate } from '../features/auth/AuthGate';
import { DatabaseGate } from '../features/backup/DatabaseGate';
import { RequireAccess } from '../features/auth/RequireAccess';
import { AppLayout } from './AppLayout';
import { CentreProvider } from './CentreProvider';
import { Home } from './Home';
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
        {/* A damaged database has no accounts to sign in with: its screen comes before the sign-in. */}
        <DatabaseGate>
          <AuthGate>
            <CentreProvider initialSettings={initialSettings}>
              <HashRouter>
                <Routes>
                  <Route element={<AppLayout />}>
                    <Route index element={<Home />} />
                    <Route path="today" element={<TodayPage />} />
                    <Route path="calendar" element={<CalendarPage />} />
                    <Route path="people">
                      <Route index element={<PeopleListPage />} />
                      <Route
                        path="new"
                        element={
                          <RequireAccess access="people.write">
                            <BeneficiaryFormPage />
                          </RequireAccess>
                        }
                      />
                      <Route
                        path="import"
                        element={
                          <RequireAccess access="people.import">
                            <ImportPage />
                          </RequireAccess>
                        }
                      />
                      <Route path=":id" element={<BeneficiaryPage />} />
                      <Route
                        path=":id/edit"
                        element={
                          <RequireAccess access="people.write">
                            <BeneficiaryFormPage />
                          </RequireAccess>
                        }
                      />
                    </Route>
                    <Route path="groups">
                      <Route index element={<GroupsListPage />} />
                      <Route
                        path="new"
                        element={
                          <RequireAccess access="schedule.write">
                            <GroupFormPage />
                          </RequireAccess>
                        }
                      />
                      <Route path="waiting" element={<WaitingListsPage />} />
                      <Route path=":id" element={<GroupPage />} />
                      <Route
                        path=":id/edit"
                        element={
                          <RequireAccess access="schedule.write">
                            <GroupFormPage />
                          </RequireAccess>
                        }
                      />
                    </Route>
                    <Route
                      path="plans/*"
                      element={
                        <RequireAccess access="programmes.read">
                          <ProgrammesRoutes />
                        </RequireAccess>
                      }
                    />
                    <Route
                      path="notes/*"
                      element={
                        <RequireAccess access="notes.read">
                          <NotesRoutes />
                        </RequireAccess>
                      }
                    />
                    <Route path="reports/*" element={<ReportsRoutes />} />
                    <Route path="settings" element={<SettingsLayout />}>
                      <Route index element={<SettingsPage />} />
                      <Route path="staff" element={<StaffPage />} />
                      <Route path="services" element={<ServicesPage />} />
                      <Route path="rooms" element={<RoomsPage />} />
                      <Route path="closures" element={<ClosuresPage />} />
                      <Route
                        path="accounts"
                        element={
                          <RequireAccess access="accounts.manage">
                            <AccountsPage />
                          </RequireAccess>
                        }
                      />
                      <Route
                        path="audit"
                        element={
                          <RequireAccess access="audit.read">
                            <AuditPage />
                          </RequireAccess>
                        }
                      />
                      <Route
                        path="backups"
                        element={
                          <RequireAccess access="backup.manage">
                            <BackupsPage />
                          </RequireAccess>
                        }
                      />
                      <Route
                        path="data"
                        element={
                          <RequireAccess access="data.export">
                            <DataExportPage />
                          </RequireAccess>
                        }
                      />
                    </Route>
                    {/* An address from a newer build or a typo lands on Today rather than on an empty screen. */}
                    <Route path="*" element={<Home />} />
                  </Route>
                </Routes>
              </HashRouter>
            </CentreProvider>
          </AuthGate>
        </DatabaseGate>
      </LanguageProvider>
    </MantineProvider>
  );
}
