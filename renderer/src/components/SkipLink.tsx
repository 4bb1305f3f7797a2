import type { MouseEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

interface Props {
  target: RefObject<HTMLElement | null>;
}

/**
 * The first thing Tab reaches. It focuses the target itself: following "#main" would change the hash, and
 * the hash is the router's address.
 */
export function SkipLink({ target }: Props) {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    target.current?.focus();
  };
  return (
    <a href="#main" className={classes.skip} onClick={skip}>
      {t('app.skipToContent')}
    </a>
  );
}
