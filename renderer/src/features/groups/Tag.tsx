import { Badge, type BadgeProps } from '@mantine/core';

/**
 * A status or count as a light badge, in the sentence case of the catalogue: Uzbek and Russian words are long,
 * so the text may wrap in a narrow cell rather than be cut off.
 */
export function Tag(props: Omit<BadgeProps, 'tt'> & { children: string }) {
  return (
    <Badge
      variant="light"
      tt="none"
      fw={600}
      styles={{
        root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.25 },
      }}
      {...props}
    />
  );
}
