import type { Backend } from '..';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';

/**
 * Goes through the contract like the app does, so the demo obeys every rule a person's input must; gives back
 * what was created or read, whose ids the next records need.
 */
export async function call<C extends ChannelName>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await backend.handle(channel, input);
  if (!result.ok) throw new Error(`Demo data refused by ${channel}: ${JSON.stringify(result.error)}`);
  return result.value as ChannelOutput<C>;
}
