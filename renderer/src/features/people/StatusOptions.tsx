import { useTranslation } from 'react-i18next';
import { BENEFICIARY_STATUSES } from '../../../../shared/domain/people';

/** The options of a beneficiary status select, named in the current language. */
export function StatusOptions() {
  const { t } = useTranslation();
  return BENEFICIARY_STATUSES.map((status) => (
    <option key={status} value={status}>
      {t(`people.status.${status}`)}
    </option>
  ));
}
