import { NavLink as MantineNavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import classes from './MainNav.module.css';
import { AREAS } from './navigation';
import { useCan } from './useCan';

function NavItem({ path, label }: { path: string; label: string }) {
  // React Router's NavLink sets aria-current="page" itself; Mantine only needs to know to draw it.
  const active = useMatch({ path, end: false }) !== null;
  return (
    <MantineNavLink component={NavLink} to={path} label={label} active={active} className={classes.link} />
  );
}

function Area({ area }: { area: (typeof AREAS)[number] }) {
  const { t } = useTranslation();
  if (!useCan(area.access)) return null;
  return (
    <li>
      <NavItem path={area.path} label={t(area.label)} />
    </li>
  );
}

export function MainNav() {
  return (
    <ul className={classes.list}>
      {AREAS.map((area) => (
        <Area key={area.path} area={area} />
      ))}
    </ul>
  );
}
