import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppMark } from '../components/AppMark';
import { useCentre } from '../lib/centreContext';
import { AccountMenu } from '../features/auth/AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader() {
  const { t } = useTranslation();
  // Once entered, the centre's own name replaces the generic tagline: it says whose data this window shows.
  const centreName = useCentre().settings?.name.trim();
  return (
    <>
      <Group gap="sm" wrap="nowrap">
        <AppMark />
        <Stack gap={0}>
          <Text component="p" fw={700} fz="lg" lh={1.2}>
            {t('app.name')}
          </Text>
          <Text component="p" fz="sm" c="dimmed" lh={1.3}>
            {centreName || t('app.tagline')}
          </Text>
        </Stack>
      </Group>
      <Group gap="sm" wrap="nowrap" align="flex-end">
        <LanguageSwitch />
        <AccountMenu />
      </Group>
    </>
  );
}
