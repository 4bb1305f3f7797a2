import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "In use": a record no longer in use stays for the history but is no longer offered. */
export function ActiveCheckbox({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox
      label={t('places.form.active')}
      description={t('places.form.activeHint')}
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
