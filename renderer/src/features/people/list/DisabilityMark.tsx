import { useTranslation } from 'react-i18next';
import classes from './DisabilityMark.module.css';

/** The wheelchair sign after a name in the people list, named for screen readers and on hover. */
export function DisabilityMark() {
  const { t } = useTranslation();
  const label = t('people.list.disabilityMark');
  return (
    <span className={classes.mark} role="img" aria-label={label} title={label}>
      ♿
    </span>
  );
}
