import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import type { Access } from '../../../../shared/contract/permissions';
import { useCan } from '../../app/useCan';
import classes from './SettingsLayout.module.css';

/** The settings sections in order; "end" keeps Centre from being marked current on the other sections. */
const SECTIONS = [
  { path: '/settings', label: 'places.nav.centre', end: true, access: 'settings.read' },
  { path: '/settings/staff', label: 'places.nav.staff', end: false, access: 'centre.read' },
  { path: '/settings/services', label: 'places.nav.services', end: false, access: 'centre.read' },
  { path: '/settings/rooms', label: 'places.nav.rooms', end: false, access: 'centre.read' },
  { path: '/settings/closures', label: 'places.nav.closures', end: false, access: 'centre.read' },
  { path: '/settings/accounts', label: 'auth.nav', end: false, access: 'accounts.manage' },
  { path: '/settings/audit', label: 'audit.nav', end: false, access: 'audit.read' },
  { path: '/settings/backups', label: 'backup.nav', end: false, access: 'backup.manage' },
  { path: '/settings/data', label: 'dataExport.nav', end: false, access: 'data.export' },
] as const satisfies ReadonlyArray<{ path: string; label: string; end: boolean; access: Access }>;

/** One section link, shown only to an account that may use the section (the backend refuses the rest). */
function Section({ section }: { section: (typeof SECTIONS)[number] }) {
  const { t } = useTranslation();
  if (!useCan(section.access)) return null;
  return (
    <li>
      <NavLink to={section.path} end={section.end} className={classes.link}>
        {t(section.label)}
      </NavLink>
    </li>
  );
}

/** The settings area: the centre's own settings and its staff, services, rooms and closures. */
export function SettingsLayout() {
  const { t } = useTranslation();
  return (
    <>
      {/* Links, not tabs: each section is a page with its own address. NavLink sets aria-current="page". */}
      <nav aria-label={t('places.nav.label')} className={classes.nav}>
        <ul className={classes.list}>
          {SECTIONS.map((section) => (
            <Section key={section.path} section={section} />
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
