import type { Backend } from '..';
import type { DemoPlaces } from './places';
import type { Random } from './random';

/** Beneficiaries of the demo centre with their guardians and referrals. Returns how many were created. */
export async function seedPeople(_backend: Backend, _random: Random, _places: DemoPlaces): Promise<number> {
  return 0;
}
