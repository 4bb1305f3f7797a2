import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" py="md">
      <Loader size="sm" aria-hidden="true" />
      <Text>{t('app.loading')}</Text>
    </Group>
  );
}
