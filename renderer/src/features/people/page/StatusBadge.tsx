import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BeneficiaryStatus } from '../../../../../shared/domain/people';

const COLOURS: Record<BeneficiaryStatus, string> = { waiting: 'orange', active: 'teal', discharged: 'gray' };

export function StatusBadge({ status }: { status: BeneficiaryStatus }) {
  const { t } = useTranslation();
  return (
    // The dot variant keeps the text in the body colour: a light badge's coloured text falls below 4.5:1.
    <Badge color={COLOURS[status]} variant="dot" tt="none" fw={600} size="md" miw="max-content">
      {t(`people.status.${status}`)}
    </Badge>
  );
}
