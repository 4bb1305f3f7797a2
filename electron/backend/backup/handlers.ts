import type { Registry } from '../registry';

export function registerBackup(registry: Registry): void {
  void registry;
}
