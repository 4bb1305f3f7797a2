import type { Registry } from '../registry';

export function registerDataExport(registry: Registry): void {
  void registry;
}
