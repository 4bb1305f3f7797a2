import type { Result } from './errors';

/** The one IPC channel between preload and main; the contract channel travels as its first argument. */
export const IPC_INVOKE = 'imkon:invoke';

/** What the preload exposes as `window.imkon`, and what the e2e harness and web preview imitate. */
export interface ImkonBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}
