import type { Registry } from '../registry';

export function registerPeople(_registry: Registry): void {}
