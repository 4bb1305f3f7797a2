import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SkipLink } from '../components/SkipLink';
import classes from './AppLayout.module.css';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';

export function AppLayout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);

  return (
    <div className={classes.shell}>
      <SkipLink target={mainRef} />
      <header className={classes.header}>
        <AppHeader />
      </header>
      <nav className={classes.nav} aria-label={t('nav.label')}>
        <MainNav />
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className={classes.main}>
        <Outlet />
      </main>
    </div>
  );
}
