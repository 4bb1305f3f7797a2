import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "In use" or "Not in use", in words, not only colour. */
export function StatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={active ? 'teal' : 'gray'}
      c={active ? 'teal.9' : 'gray.8'}
      variant="light"
      radius="sm"
      tt="none"
    >
      {t(active ? 'places.form.active' : 'places.form.inactive')}
    </Badge>
  );
}
