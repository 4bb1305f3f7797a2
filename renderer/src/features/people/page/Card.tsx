import { Paper, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled section of a person's page. */
export function Card({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="lg">
      <Title order={2} id={headingId} fz="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
