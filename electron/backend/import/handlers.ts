import type { Registry } from '../registry';

export function registerImport(_registry: Registry): void {}
