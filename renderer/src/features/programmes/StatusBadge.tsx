import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStatus } from '../../../../shared/domain/programmes';
import { STATUS_COLOURS } from './format';

export function StatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" radius="sm">
      {t(`programmes.statuses.${status}`)}
    </Badge>
  );
}
