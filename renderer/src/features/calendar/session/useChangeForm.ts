import { useCan } from '../../../app/useCan';
import { useState } from 'react';
import type { z } from 'zod';
import type { ChannelInput, ChannelOutput, Result } from '../../../../../shared/contract';
import type { ScheduleConflict } from '../../../../../shared/contract/schedule';
import type { NeedingDecision } from '../../../../../shared/domain/scheduling';
import { invoke } from '../../../api';
import {
  decisionInputs,
  decisionPathDate,
  isScheduleConflict,
  withDefaults,
  type DecisionDraft,
  type DecisionDrafts,
  type DecisionField,
} from '../conflict';
import { useEditorForm } from '../../places/form/useEditorForm';

type ChangeChannel = 'schedule.move' | 'schedule.cancel' | 'schedule.editSeries';

interface Options<V, C extends ChangeChannel> {
  channel: C;
  schema: z.ZodType;
  initial: V;
  toInput(values: V): Record<string, unknown>;
  /** The length a "move" decision keeps; given only where the channel takes decisions. */
  decisionMinutes?: (values: V) => number;
  onDone(value: ChannelOutput<C>): void;
}

const DECISION_FIELDS: Record<string, DecisionField> = {
  'to.date': 'date',
  'to.startTime': 'time',
  note: 'note',
};

/**
 * A form that moves, cancels or edits booked sessions. A refused change keeps what was typed and shows why:
 * with soft clashes only, a manager's reason is asked for and sent on the next try; sessions of a series that
 * land on a closure or a leave get a decision each.
 */
export function useChangeForm<V, C extends ChangeChannel>(options: Options<V, C>) {
  const [conflict, setConflict] = useState<ScheduleConflict | null>(null);
  const [reason, setReason] = useState('');
  const [needing, setNeeding] = useState<NeedingDecision[]>([]);
  const [drafts, setDrafts] = useState<DecisionDrafts>({});
  const mayOverride = useCan('schedule.override');

  const form = useEditorForm<V, ChannelOutput<C>>({
    initial: options.initial,
    schema: options.schema,
    toInput: (values) => ({
      ...options.toInput(values),
      ...(mayOverride && conflict?.needsOverride && { override: { reason } }),
      ...(options.decisionMinutes &&
        Object.keys(drafts).length > 0 && {
          decisions: decisionInputs(drafts, options.decisionMinutes(values)),
        }),
    }),
    send: async (input) => {
      // The schema has just checked the input; the channel's own type is lost in the generic form.
      const result = (await invoke(options.channel, input as ChannelInput<C>)) as Result<ChannelOutput<C>>;
      if (!result.ok) {
        const found = isScheduleConflict(result.error);
        setConflict(found);
        if (found && found.needsDecision.length > 0) {
          setNeeding((known) => [
            ...known,
            ...found.needsDecision.filter(
              (entry) => !known.some((k) => k.occurrence.originalDate === entry.occurrence.originalDate),
            ),
          ]);
          setDrafts((current) => withDefaults(current, found.needsDecision));
        }
      }
      return result;
    },
    onSaved: (value) => options.onDone(value),
  });

  const decisionErrorOf = (originalDate: string, field: DecisionField): string | undefined => {
    for (const path of Object.keys(form.issues)) {
      if (decisionPathDate(drafts, path) !== originalDate) continue;
      const rest = path.replace(/^decisions\.\d+\.?/, '');
      if (DECISION_FIELDS[rest] === field) return form.issue(path);
    }
    return undefined;
  };

  return {
    form,
    /** The last refusal's details, or null: other failures are the form's own `failure`. */
    conflict,
    panel: conflict && {
      conflict,
      overrideReason: reason,
      onOverrideReason: setReason,
      overrideError: form.issue('override.reason') ?? form.issue('override'),
      needing,
      drafts,
      onDecision: (originalDate: string, draft: DecisionDraft) =>
        setDrafts((current) => ({ ...current, [originalDate]: draft })),
      decisionErrorOf,
    },
  };
}
