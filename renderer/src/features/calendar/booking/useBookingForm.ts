import { useCan } from '../../../app/useCan';
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
import { attemptKey, bookingFieldPath, toBookInput, type BookingValues } from './bookingForm';

/** The decision field an input path below `decisions.N` is shown on. */
const DECISION_FIELDS: Record<string, string> = { 'to.date': 'date', 'to.startTime': 'time', note: 'note' };

const NO_ANSWERS = { decisions: {}, override: false };

/** The last refusal, the booking it was about, and every session on a closure or a leave asked about since. */
interface Refusal {
  key: string;
  conflict: ScheduleConflict | null;
  needing: NeedingDecision[];
}

const NONE: Refusal = { key: '', conflict: null, needing: [] };

/** Every session asked about so far, in date order, the ones already known kept as they are. */
function mergeNeeding(current: NeedingDecision[], found: readonly NeedingDecision[]): NeedingDecision[] {
  const known = new Set(current.map((entry) => entry.occurrence.originalDate));
  const added = found.filter((entry) => !known.has(entry.occurrence.originalDate));
  return [...current, ...added].sort((a, b) =>
    a.occurrence.originalDate.localeCompare(b.occurrence.originalDate),
  );
}

function isHard(conflict: ScheduleConflict | null): boolean {
  return conflict?.clashes.some((entry) => entry.clashes.some((c) => c.severity === 'hard')) ?? false;
}

/** A refusal applies while the booking is the one it was about; another time, person or rule is asked anew. */
function refusalFor(refusal: Refusal, values: BookingValues): Refusal {
  return refusal.key === attemptKey(toBookInput(values, NO_ANSWERS)) ? refusal : NONE;
}

/** The decisions sent: those for the sessions the refusal on screen asked about, in date order. */
function askedDrafts(refusal: Refusal, drafts: DecisionDrafts): DecisionDrafts {
  return Object.fromEntries(
    refusal.needing.flatMap((entry) => {
      const draft = drafts[entry.occurrence.originalDate];
      return draft ? [[entry.occurrence.originalDate, draft]] : [];
    }),
  );
}

/**
 * The booking dialog's state: what was typed, the last refusal's clashes, and the decisions for every session
 * asked about so far (kept while the receptionist answers, and sent again with every later try).
 */
export function useBookingForm(initial: BookingValues, onBooked: (result: BookResult) => void) {
  const [refusal, setRefusal] = useState<Refusal>(NONE);
  const [drafts, setDrafts] = useState<DecisionDrafts>({});
  const mayOverride = useCan('schedule.override');

  const form = useEditorForm<BookingValues, BookResult>({
    initial,
    schema: bookSchema,
    toInput: (values) => {
      const applying = refusalFor(refusal, values);
      const { conflict } = applying;
      const override = mayOverride && conflict !== null && conflict.needsOverride && !isHard(conflict);
      return toBookInput(values, { decisions: askedDrafts(applying, drafts), override });
    },
    send: async (input) => {
      const result = await invoke('schedule.book', input as ChannelInput<'schedule.book'>);
      const found = result.ok ? null : isScheduleConflict(result.error);
      const key = attemptKey(input);
      setRefusal((last) => ({
        key,
        conflict: found,
        needing: mergeNeeding(last.key === key ? last.needing : [], found?.needsDecision ?? []),
      }));
      if (found) setDrafts((current) => withDefaults(current, found.needsDecision));
      return result;
    },
    onSaved: (result) => {
      setRefusal(NONE);
      onBooked(result);
    },
    fieldPath: (path, values) => {
      const date = decisionPathDate(askedDrafts(refusalFor(refusal, values), drafts), path);
      if (date === null) return bookingFieldPath(path, values);
      const rest = path.split('.').slice(2).join('.');
      return `decisions.${date}.${DECISION_FIELDS[rest] ?? 'note'}`;
    },
  });

  const { conflict, needing } = refusalFor(refusal, form.values);
  const overriding = mayOverride && conflict !== null && conflict.needsOverride && !isHard(conflict);
  const decide = (originalDate: string, draft: DecisionDraft) =>
    setDrafts((current) => ({ ...current, [originalDate]: draft }));

  return { form, conflict, needing, drafts, decide, overriding };
}
