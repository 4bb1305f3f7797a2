import type { Backend } from '../../electron/backend';
import { seedDemo } from '../../electron/backend/demo/seed';
import { generatePeople } from './generate-people';

export interface CentreSize {
  /** Later features scale their generated rows from these. */
  beneficiaries: number;
  staff: number;
  years: number;
}

export const LARGE_CENTRE: CentreSize = { beneficiaries: 5000, staff: 60, years: 5 };

/**
 * Fills a backend with a large centre for the benchmarks. Today the database holds only the centre's settings;
 * each feature extends this with its own generated rows at the given size.
 */
export async function generateCentre(backend: Backend, size: CentreSize = LARGE_CENTRE): Promise<void> {
  await seedDemo(backend);
  await generatePeople(backend, size.beneficiaries);
}
