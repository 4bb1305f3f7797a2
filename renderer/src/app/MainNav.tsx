import { NavLink as MantineNavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import classes from './MainNav.module.css';
import { AREAS } from './navigation';

function NavItem({ path, label }: { path: string; label: string }) {
  // React Router's NavLink sets aria-current="page" itself; Mantine only needs to know to draw it.
  const active = useMatch({ path, end: false }) !== null;
  return (
    <MantineNavLink component={NavLink} to={path} label={label} active={active} className={classes.link} />
  );
}

export function MainNav() {
  const { t } = useTranslation();
  return (
    <ul className={classes.list}>
      {AREAS.map((area) => (
        <li key={area.path}>
          <NavItem path={area.path} label={t(area.label)} />
        </li>
      ))}
    </ul>
  );
}
