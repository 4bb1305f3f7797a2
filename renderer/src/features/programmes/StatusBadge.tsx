import { useTranslation } from 'react-i18next';
import type { ProgrammeStatus } from '../../../../shared/domain/programmes';
import { Tag } from '../groups/Tag';
import { STATUS_COLOURS } from './format';

/** In sentence case and free to wrap: in capitals "Пересмотрена" was cut to "ПЕРЕСМОТРЕ…" in the list. */
export function StatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} radius="sm">
      {t(`programmes.statuses.${status}`)}
    </Tag>
  );
}
