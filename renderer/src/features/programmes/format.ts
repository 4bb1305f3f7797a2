import type { GasLevel, ProgrammeStatus } from '../../../../shared/domain/programmes';

/** The catalogue key naming a GAS level ("Much less than expected" … "Much more than expected"). */
export function levelNameKey(level: GasLevel) {
  const keys = {
    '-2': 'minus2',
    '-1': 'minus1',
    '0': 'zero',
    '1': 'plus1',
    '2': 'plus2',
  } as const;
  return `programmes.levels.${keys[String(level) as keyof typeof keys]}` as const;
}

export const STATUS_COLOURS: Record<ProgrammeStatus, string> = {
  draft: 'gray',
  active: 'green',
  reviewed: 'blue',
  closed: 'dark',
};
