import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  children?: ReactNode;
}

/** A page's h1, an optional lead paragraph, and the window title that names the page. */
export function PageHeader({ title, children }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap="xs" mb="xl">
      <Title order={1}>{title}</Title>
      {children !== undefined && (
        <Text component="p" fz="lg" c="gray.8">
          {children}
        </Text>
      )}
    </Stack>
  );
}
