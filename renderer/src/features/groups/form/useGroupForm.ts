import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  createGroupSchema,
  updateGroupSchema,
  type GroupSummary,
  type GroupWriteResult,
} from '../../../../../shared/contract/groups';
import type { ScheduleConflict } from '../../../../../shared/contract/schedule';
import type { NeedingDecision } from '../../../../../shared/domain/scheduling';
import { invoke } from '../../../api';
import {
  decisionInputs,
  isScheduleConflict,
  withDefaults,
  type DecisionDraft,
  type DecisionDrafts,
} from '../../calendar/conflict';
import { useEditorForm } from '../../places/form/useEditorForm';
import { createGroupInput, typedNumber, updateGroupInput, type GroupFormValues } from './groupForm';

/** Where an input path's problem is shown: the end of a timetable under its one end field. */
function fieldPath(path: string): string {
  if (path.startsWith('schedule.end')) return 'schedule.end';
  if (path.startsWith('schedule.weekdays')) return 'schedule.weekdays';
  return path;
}

/**
 * A group's form: the fields as typed, and after a refused save the clashes of its sessions with the choices
 * for closed days and the manager's reason, all sent again with the next save.
 */
export function useGroupForm(group: GroupSummary | null, initial: GroupFormValues) {
  const navigate = useNavigate();
  const [needing, setNeeding] = useState<NeedingDecision[]>([]);
  const [drafts, setDrafts] = useState<DecisionDrafts>({});
  const [overrideReason, setOverrideReason] = useState('');

  /** Every session asked about so far stays on screen with its choice, though a later answer may not list it. */
  function remember(found: ScheduleConflict) {
    setNeeding((known) => {
      const dates = new Set(known.map((n) => n.occurrence.originalDate));
      return [...known, ...found.needsDecision.filter((n) => !dates.has(n.occurrence.originalDate))];
    });
    setDrafts((current) => withDefaults(current, found.needsDecision));
  }

  const form = useEditorForm<GroupFormValues, GroupWriteResult>({
    initial,
    schema: group ? updateGroupSchema : createGroupSchema,
    toInput: (values) => {
      const resolution = {
        decisions: decisionInputs(drafts, typedNumber(values.minutes) ?? 0),
        overrideReason,
      };
      return group ? updateGroupInput(values, group, resolution) : createGroupInput(values, resolution);
    },
    send: async (input) => {
      const result = group
        ? await invoke('groups.update', input as Parameters<typeof invoke<'groups.update'>>[1])
        : await invoke('groups.create', input as Parameters<typeof invoke<'groups.create'>>[1]);
      const found = result.ok ? null : isScheduleConflict(result.error);
      if (found) remember(found);
      return result;
    },
    onSaved: (result) => void navigate(`/groups/${result.id}`),
    fieldPath,
  });

  const conflict = form.failure ? isScheduleConflict(form.failure) : null;

  return {
    form,
    conflict,
    needing,
    drafts,
    onDecision: (originalDate: string, draft: DecisionDraft) =>
      setDrafts((current) => ({ ...current, [originalDate]: draft })),
    overrideReason,
    setOverrideReason,
  };
}
