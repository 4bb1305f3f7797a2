import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BeneficiaryStatus } from '../../../../../shared/domain/people';

const COLOURS: Record<BeneficiaryStatus, string> = { waiting: 'yellow', active: 'teal', discharged: 'gray' };

export function StatusBadge({ status }: { status: BeneficiaryStatus }) {
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
      {t(`people.status.${status}`)}
    </Badge>
  );
}
