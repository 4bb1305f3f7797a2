import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says plainly that a part of the app is not built yet, instead of showing an empty or fake page. */
export function ComingSoonNotice() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" maw="40rem">
      <Title order={2} fz="h3" mb="xs">
        {t('comingSoon.title')}
      </Title>
      <Text>{t('comingSoon.body')}</Text>
    </Paper>
  );
}
