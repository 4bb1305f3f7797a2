import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const fontFamily =
  "'Noto Sans Variable', 'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/**
 * Shade 8 of the primary colour keeps white button text and the active menu item's text above the WCAG AA
 * contrast ratio; Mantine's default shade 6 does not.
 */
export const theme = createTheme({
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  primaryColor: 'indigo',
  primaryShade: 8,
  focusRing: 'auto',
  defaultRadius: 'md',
  cursorType: 'pointer',
});

/** Mantine's grey hints (gray-6) and red errors (red-6) fall below 4.5:1 on white; these do not. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[8],
  },
  dark: {},
});
