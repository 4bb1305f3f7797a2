import type { Backend } from '..';
import type { Random } from './random';

export interface DemoPlaces {
  serviceIds: Record<string, number>;
  roomIds: number[];
  staffIds: number[];
}

/** Staff, services, rooms and closures of the demo centre. */
export async function seedPlaces(_backend: Backend, _random: Random): Promise<DemoPlaces> {
  return { serviceIds: {}, roomIds: [], staffIds: [] };
}
