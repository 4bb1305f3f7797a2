import { useState } from 'react';
import type { ChannelInput } from '../../../../../shared/contract';
import { bookSchema, type BookResult, type ScheduleConflict } from '../../../../../shared/contract/schedule';
import type { NeedingDecision } from '../../../../../shared/domain/scheduling';
import { invoke } from '../../../api';
import {
  decisionPathDate,
  withDefaults,
  type DecisionDraft,
  type DecisionDrafts,
} from '../conflict/decisions';
import { isScheduleConflict } from '../conflict/isScheduleConflict';
import { useEditorForm } from '../../places/form/useEditorForm';
import { bookingFieldPath, toBookInput, type BookingValues } from './bookingForm';

/** The decision field an input path below `decisions.N` is shown on. */
const DECISION_FIELDS: Record<string, string> = { 'to.date': 'date', 'to.startTime': 'time', note: 'note' };

/** Every session asked about so far, in date order, the ones already known kept as they are. */
function mergeNeeding(current: NeedingDecision[], found: readonly NeedingDecision[]): NeedingDecision[] {
  const known = new Set(current.map((entry) => entry.occurrence.originalDate));
  const added = found.filter((entry) => !known.has(entry.occurrence.originalDate));
  return [...current, ...added].sort((a, b) =>
    a.occurrence.originalDate.localeCompare(b.occurrence.originalDate),
  );
}

/**
 * The booking dialog's state: what was typed, the last refusal's clashes, and the decisions for every session
 * asked about so far (kept while the receptionist answers, and sent again with every later try).
 */
export function useBookingForm(initial: BookingValues, onBooked: (result: BookResult) => void) {
  const [conflict, setConflict] = useState<ScheduleConflict | null>(null);
  const [needing, setNeeding] = useState<NeedingDecision[]>([]);
  const [drafts, setDrafts] = useState<DecisionDrafts>({});
  const hard = conflict?.clashes.some((entry) => entry.clashes.some((c) => c.severity === 'hard')) ?? false;
  const overriding = conflict !== null && conflict.needsOverride && !hard;

  const form = useEditorForm<BookingValues, BookResult>({
    initial,
    schema: bookSchema,
    toInput: (values) => toBookInput(values, { decisions: drafts, override: overriding }),
    send: async (input) => {
      const result = await invoke('schedule.book', input as ChannelInput<'schedule.book'>);
      const found = result.ok ? null : isScheduleConflict(result.error);
      setConflict(found);
      if (found && found.needsDecision.length > 0) {
        setNeeding((current) => mergeNeeding(current, found.needsDecision));
        setDrafts((current) => withDefaults(current, found.needsDecision));
      }
      return result;
    },
    onSaved: onBooked,
    fieldPath: (path, values) => {
      const date = decisionPathDate(drafts, path);
      if (date === null) return bookingFieldPath(path, values);
      const rest = path.split('.').slice(2).join('.');
      return `decisions.${date}.${DECISION_FIELDS[rest] ?? 'note'}`;
    },
  });

  const decide = (originalDate: string, draft: DecisionDraft) =>
    setDrafts((current) => ({ ...current, [originalDate]: draft }));

  return { form, conflict, needing, drafts, decide, overriding };
}
