import { Fieldset, type FieldsetProps } from '@mantine/core';

/** A group of fields under a legend set like the other field labels, only a step larger. */
export function Section(props: Omit<FieldsetProps, 'variant'>) {
  return (
    <Fieldset
      variant="unstyled"
      styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-md)', marginBottom: 4 } }}
      {...props}
    />
  );
}
