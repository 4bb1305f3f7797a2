import { Button, Checkbox, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/useCan';

interface Props {
  addLabel: string;
  onAdd(): void;
  showInactive: boolean;
  onShowInactive(show: boolean): void;
  children?: ReactNode;
}

/** Filters on the left, the "add" button on the right (with centre.write only), above every places table. */
export function ListToolbar({ addLabel, onAdd, showInactive, onShowInactive, children }: Props) {
  const { t } = useTranslation();
  const writes = useCan('centre.write');
  return (
    <Group justify="space-between" align="flex-end" mb="md" gap="md" wrap="nowrap">
      <Group align="flex-end" gap="md">
        {children}
        <Checkbox
          label={t('places.form.showInactive')}
          checked={showInactive}
          onChange={(event) => onShowInactive(event.currentTarget.checked)}
          mb={children ? 8 : 0}
        />
      </Group>
      {writes && <Button onClick={onAdd}>{addLabel}</Button>}
    </Group>
  );
}
