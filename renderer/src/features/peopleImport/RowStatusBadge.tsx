import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRowStatus } from '../../../../shared/contract/import';

const COLOURS: Record<ImportRowStatus, string> = { valid: 'teal', invalid: 'red', duplicate: 'orange' };

export function RowStatusBadge({ status }: { status: ImportRowStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOURS[status]}
      variant="light"
      tt="none"
      fw={600}
      c={`${COLOURS[status]}.9`}
      miw="max-content"
    >
      {t(`peopleImport.preview.status.${status}`)}
    </Badge>
  );
}
