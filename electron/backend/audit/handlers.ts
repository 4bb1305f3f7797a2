import type { Registry } from '../registry';

export function registerAudit(registry: Registry): void {
  void registry;
}
