import type { Registry } from '../registry';

export function registerAuth(registry: Registry): void {
  void registry;
}
