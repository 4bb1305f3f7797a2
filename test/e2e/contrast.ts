import type { Locator } from '@playwright/test';

// The page's DOM, as far as this check reads it (the test project's types have no DOM library).
interface StyledNode {
  parentElement: StyledNode | null;
}
declare const getComputedStyle: (node: StyledNode) => { color: string; backgroundColor: string };

/**
 * The WCAG contrast ratio of an element's text against the first opaque background behind it, read from the
 * computed styles (plain colours only: enough for the app's buttons and labels).
 */
export async function textContrast(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const rgb = (css: string) => {
      const parts = css.match(/[\d.]+/g)?.map(Number) ?? [];
      return { r: parts[0] ?? 0, g: parts[1] ?? 0, b: parts[2] ?? 0, a: parts[3] ?? 1 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    let background = { r: 255, g: 255, b: 255, a: 1 };
    for (let at: StyledNode | null = node as unknown as StyledNode; at; at = at.parentElement) {
      const colour = rgb(getComputedStyle(at).backgroundColor);
      if (colour.a === 1) {
        background = colour;
        break;
      }
    }
    const text = luminance(rgb(getComputedStyle(node as unknown as StyledNode).color));
    const behind = luminance(background);
    return (Math.max(text, behind) + 0.05) / (Math.min(text, behind) + 0.05);
  });
}
