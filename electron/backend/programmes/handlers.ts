import type { Registry } from '../registry';

export function registerProgrammes(registry: Registry): void {
  void registry;
}
