import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppMark } from '../../components/AppMark';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import classes from './AuthCard.module.css';

interface Props {
  title: string;
  intro: string;
  children: ReactNode;
}

/** The signed-out screens: the app's name, the language, one card with its form. */
export function AuthCard({ title, intro, children }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <div className={classes.page}>
      <main className={classes.main}>
        <Group justify="space-between" mb="lg" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <AppMark />
            <Text component="p" fw={700} fz="lg">
              {t('app.name')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="md">
            <Title order={1} fz="h2">
              {title}
            </Title>
            <Text component="p" c="gray.8">
              {intro}
            </Text>
            {children}
          </Stack>
        </Paper>
      </main>
    </div>
  );
}
