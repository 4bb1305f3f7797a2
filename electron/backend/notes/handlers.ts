import type { Registry } from '../registry';

export function registerNotes(registry: Registry): void {
  void registry;
}
