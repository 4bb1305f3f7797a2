import { Fieldset } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled group of the form: a fieldset, so its legend names the fields inside for screen readers. */
export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset
      legend={legend}
      radius="md"
      p="lg"
      styles={{ legend: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)', paddingInline: 6 } }}
    >
      {children}
    </Fieldset>
  );
}
