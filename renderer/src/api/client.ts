import type { ChannelInput, ChannelName, ChannelOutput, Result } from '../../../shared/contract';
import type { ImkonBridge } from './bridge';
import { isResult, unreachableError } from './errors';

/**
 * Calls one channel of the contract. Never throws: a missing bridge, a rejected call or a malformed answer
 * all come back as an INTERNAL error marked unreachable, so every caller handles one shape.
 */
export async function invoke<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  const bridge: ImkonBridge | undefined = window.imkon;
  if (!bridge || typeof bridge.invoke !== 'function') {
    return { ok: false, error: unreachableError('window.imkon is not available') };
  }
  try {
    const answer: unknown = await bridge.invoke(channel, input);
    if (!isResult(answer)) {
      return { ok: false, error: unreachableError(`Malformed answer from ${channel}`) };
    }
    // The contract fixes each channel's output type; the bridge only loses it in transit.
    return answer as Result<ChannelOutput<C>>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: unreachableError(`${channel} failed: ${message}`) };
  }
}
