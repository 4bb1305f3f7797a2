import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/useCan';

// Staff, services, rooms and closures change only with centre.write: without it the row buttons are not shown.

/** "Edit" in a table row; screen readers hear which record: "Edit Speech therapy". */
export function EditButton({ name, onClick }: { name: string; onClick(): void }) {
  const { t } = useTranslation();
  if (!useCan('centre.write')) return null;
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={onClick}
      aria-label={t('places.actions.editNamed', { name })}
    >
      {t('places.actions.edit')}
    </Button>
  );
}

/**
 * "Delete" in a table row, in red; `label` names what goes for screen readers. Plain "red": a subtle button takes
 * its text from the theme's primary shade (5.2:1 on a striped row), while "red.8" came out as the pale red.6 (3.1:1).
 */
export function DeleteButton({ label, onClick }: { label: string; onClick(): void }) {
  const { t } = useTranslation();
  if (!useCan('centre.write')) return null;
  return (
    <Button variant="subtle" color="red" size="compact-sm" onClick={onClick} aria-label={label}>
      {t('places.actions.delete')}
    </Button>
  );
}
