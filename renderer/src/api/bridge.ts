import type { Result } from '../../../shared/contract';

/** What the preload exposes. Declared optional because a page opened outside the app has no bridge. */
export interface ImkonBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    imkon?: ImkonBridge;
  }
}
