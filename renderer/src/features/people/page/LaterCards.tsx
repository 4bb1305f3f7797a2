import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Card } from './Card';

/**
 * Sessions, attendance and the programme are built by later parts of the app; until then each section says
 * what will appear in it rather than showing an empty table.
 */
export function LaterCards() {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
      <Card title={t('people.page.sessions')}>
        <Text c="dimmed">{t('people.page.sessionsEmpty')}</Text>
      </Card>
      <Card title={t('people.page.attendance')}>
        <Text c="dimmed">{t('people.page.attendanceEmpty')}</Text>
      </Card>
      <Card title={t('people.page.programme')}>
        <Text c="dimmed">{t('people.page.programmeEmpty')}</Text>
      </Card>
    </SimpleGrid>
  );
}
