import { GAS_LEVELS, type GasLevel, type GasScale } from './types';

export function isGasLevel(value: number): value is GasLevel {
  return (GAS_LEVELS as readonly number[]).includes(value);
}

/** Index of a level's description in a scale. */
export function scaleIndex(level: GasLevel): number {
  return level + 2;
}

export function describeLevel(scale: GasScale, level: GasLevel): string {
  return scale[scaleIndex(level)] ?? '';
}

/** The levels of a scale left without a description; a usable scale describes all five. */
export function undescribedLevels(scale: readonly string[]): GasLevel[] {
  return GAS_LEVELS.filter((level) => (scale[scaleIndex(level)] ?? '').trim() === '');
}

/** Levels whose description repeats another's: two levels described alike cannot be told apart at a review. */
export function repeatedLevels(scale: readonly string[]): GasLevel[] {
  const seen = new Map<string, GasLevel>();
  const repeated: GasLevel[] = [];
  for (const level of GAS_LEVELS) {
    const text = (scale[scaleIndex(level)] ?? '').trim().toLocaleLowerCase();
    if (text === '') continue;
    if (seen.has(text)) repeated.push(level);
    else seen.set(text, level);
  }
  return repeated;
}

export function isCompleteScale(scale: readonly string[]): scale is GasScale {
  return scale.length === 5 && undescribedLevels(scale).length === 0 && repeatedLevels(scale).length === 0;
}

/** "+2", "+1", "0", "−1", "−2" with a real minus sign, as the scale is written on paper. */
export function formatGasLevel(level: GasLevel): string {
  if (level > 0) return `+${level}`;
  if (level < 0) return `\u2212${-level}`;
  return '0';
}
