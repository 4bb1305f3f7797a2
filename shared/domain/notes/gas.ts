/**
 * Goal Attainment Scaling: five levels, each described in words for a goal; 0 is the outcome expected by the
 * review date, −1 the baseline-to-expected step below it, −2 where the child started (or worse).
 */
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];

export function isGasLevel(value: unknown): value is GasLevel {
  return typeof value === 'number' && (GAS_LEVELS as readonly number[]).includes(value);
}

/** "+1", "0", "−2": signed, with the true minus sign a printed scale uses. */
export function formatGasLevel(level: GasLevel): string {
  if (level > 0) return `+${level}`;
  if (level < 0) return `\u2212${-level}`;
  return '0';
}
