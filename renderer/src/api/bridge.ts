import type { ImkonBridge } from '../../../shared/contract';

export type { ImkonBridge };

declare global {
  interface Window {
    /** What the preload exposes; optional because a page opened outside the app has no bridge. */
    imkon?: ImkonBridge;
  }
}
