/**
 * PINFL (JShShIR), the 14-digit personal identification number: digit 1 gives sex and century (odd male,
 * even female; 1–2 the 1800s, 3–4 the 1900s, 5–6 the 2000s), digits 2–7 the birth date as DDMMYY, digits
 * 8–10 the district code, 11–13 a serial number, and digit 14 a check digit: the sum of digits 1–13 weighted
 * 7, 3, 1, 7, 3, 1, … modulo 10.
 */
export type PinflProblem = 'format' | 'date' | 'checksum';

export interface PinflParts {
  birthDate: string;
  sex: 'female' | 'male';
}

const WEIGHTS = [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7];

export function pinflCheckDigit(first13: string): number {
  let sum = 0;
  for (let i = 0; i < 13; i += 1) sum += Number(first13[i]) * (WEIGHTS[i] ?? 0);
  return sum % 10;
}

export function parsePinfl(
  pinfl: string,
): { ok: true; parts: PinflParts } | { ok: false; problem: PinflProblem } {
  if (!/^[1-6]\d{13}$/.test(pinfl)) return { ok: false, problem: 'format' };
  const first = Number(pinfl[0]);
  const century = 1800 + Math.floor((first - 1) / 2) * 100;
  const day = Number(pinfl.slice(1, 3));
  const month = Number(pinfl.slice(3, 5));
  const year = century + Number(pinfl.slice(5, 7));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, problem: 'date' };
  }
  if (pinflCheckDigit(pinfl.slice(0, 13)) !== Number(pinfl[13])) return { ok: false, problem: 'checksum' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    ok: true,
    parts: { birthDate: `${year}-${pad(month)}-${pad(day)}`, sex: first % 2 === 1 ? 'male' : 'female' },
  };
}

/** Builds a valid PINFL for a birth date and sex: for demo data and tests, never for real people. */
export function makePinfl(
  birthDate: string,
  sex: 'female' | 'male',
  district: number,
  serial: number,
): string {
  const [y, m, d] = birthDate.split('-');
  const year = Number(y);
  const first = (Math.floor((year - 1800) / 100) * 2 + (sex === 'male' ? 1 : 2)).toString();
  const first13 = `${first}${d}${m}${y?.slice(2)}${String(district).padStart(3, '0')}${String(serial).padStart(3, '0')}`;
  return first13 + String(pinflCheckDigit(first13));
}
