import type { TFunction } from 'i18next';
import type { Column } from '../../../components/DataTable';

/** The last column, of row buttons: named for screen readers only. */
export function actionsColumn(t: TFunction): Column {
  return { label: t('places.form.actions'), hidden: true };
}

/** "In use" or not: a column only while records no longer in use are listed too. */
export function statusColumn(t: TFunction, shown: boolean): Column | false {
  return shown && { label: t('places.form.status') };
}
