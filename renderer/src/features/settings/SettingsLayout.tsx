import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import classes from './SettingsLayout.module.css';

/** The settings sections in order; "end" keeps Centre from being marked current on the other sections. */
const SECTIONS = [
  { path: '/settings', label: 'places.nav.centre', end: true },
  { path: '/settings/staff', label: 'places.nav.staff', end: false },
  { path: '/settings/services', label: 'places.nav.services', end: false },
  { path: '/settings/rooms', label: 'places.nav.rooms', end: false },
  { path: '/settings/closures', label: 'places.nav.closures', end: false },
  { path: '/settings/accounts', label: 'auth.nav', end: false },
  { path: '/settings/audit', label: 'audit.nav', end: false },
  { path: '/settings/backups', label: 'backup.nav', end: false },
  { path: '/settings/data', label: 'dataExport.nav', end: false },
] as const;

/** The settings area: the centre's own settings and its staff, services, rooms and closures. */
export function SettingsLayout() {
  const { t } = useTranslation();
  return (
    <>
      {/* Links, not tabs: each section is a page with its own address. NavLink sets aria-current="page". */}
      <nav aria-label={t('places.nav.label')} className={classes.nav}>
        <ul className={classes.list}>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <NavLink to={section.path} end={section.end} className={classes.link}>
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
