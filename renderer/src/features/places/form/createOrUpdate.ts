import {
  contract,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
} from '../../../../../shared/contract';
import { invoke } from '../../../api';
import type { EditorOptions } from './useEditorForm';

/**
 * How an editor saves: a new record through the create channel, an existing one through the update channel
 * with its id. Either way the form is checked here by the same schema the backend uses.
 */
export function createOrUpdate<Create extends ChannelName, Update extends ChannelName, V>(
  record: { id: number } | null,
  channels: { create: Create; update: Update },
  fields: (values: V) => ChannelInput<Create>,
): Pick<EditorOptions<V, ChannelOutput<Create> | ChannelOutput<Update>>, 'schema' | 'toInput' | 'send'> {
  if (record === null) {
    return {
      schema: contract[channels.create].input,
      toInput: fields,
      send: (input) => invoke(channels.create, input as ChannelInput<Create>),
    };
  }
  return {
    schema: contract[channels.update].input,
    toInput: (values) => ({ id: record.id, ...fields(values) }),
    send: (input) => invoke(channels.update, input as ChannelInput<Update>),
  };
}
