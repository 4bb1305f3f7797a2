import { Outlet } from 'react-router';

/** The settings area: the centre's own settings and its staff, services, rooms and closures. */
export function SettingsLayout() {
  return <Outlet />;
}
