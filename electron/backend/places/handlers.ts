import type { Registry } from '../registry';

export function registerPlaces(_registry: Registry): void {}
