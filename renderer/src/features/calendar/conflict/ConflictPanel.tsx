import { useCan } from '../../../app/useCan';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleConflict } from '../../../../../shared/contract/schedule';
import type { NeedingDecision } from '../../../../../shared/domain/scheduling';
import { ClashList } from './ClashList';
import { DecisionList, type DecisionField } from './DecisionList';
import type { DecisionDraft, DecisionDrafts } from './decisions';
import type { ConflictNames } from './names';
import { OverrideField } from './OverrideField';

/** What was refused, for the wording: a new booking, a change to sessions already booked, an enrolment. */
export type ConflictAction = 'book' | 'change' | 'enrol';

export interface ConflictPanelProps {
  /** Defaults to a booking. */
  action?: ConflictAction;
  /** The details of the last CONFLICT answer. */
  conflict: ScheduleConflict;
  names: ConflictNames;
  /** The manager's reason, asked for when the conflict needs an override. */
  overrideReason: string;
  onOverrideReason(reason: string): void;
  overrideError?: string | undefined;
  /**
   * Every session asked about so far (a later answer may no longer list the ones already decided, but their
   * choices are still sent, so they stay on screen to be changed). Omit for a single session.
   */
  needing?: readonly NeedingDecision[];
  drafts?: DecisionDrafts;
  onDecision?(originalDate: string, draft: DecisionDraft): void;
  decisionErrorOf?(originalDate: string, field: DecisionField): string | undefined;
}

/**
 * Why a booking, move or edit was refused and what can be done: hard clashes (nothing), soft ones (a manager's
 * reason), sessions on closures or leave (a decision each). The caller resubmits with what is filled in here.
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const { t } = useTranslation();
  const { conflict } = props;
  // Setting soft clashes aside is a manager's right (schedule.override): anyone else is told to change the
  // booking or ask a manager, not given a reason field the backend would refuse.
  const mayOverride = useCan('schedule.override');
  const action = props.action ?? 'book';
  const hard = conflict.clashes.some((entry) => entry.clashes.some((clash) => clash.severity === 'hard'));
  const needing = props.needing ?? conflict.needsDecision;
  const headline = hard
    ? (`booking.conflict.refused.${action}` as const)
    : conflict.needsDecision.length > 0
      ? 'booking.conflict.needsDecision'
      : mayOverride
        ? (`booking.conflict.needsOverride.${action}` as const)
        : 'booking.conflict.askManager';
  return (
    <Stack gap="sm" data-testid="conflict-panel">
      <Alert color={hard ? 'red' : 'orange'} variant="light" role="alert">
        {t(headline)}
      </Alert>
      <ClashList sessions={conflict.clashes} names={props.names} />
      {needing.length > 0 && props.onDecision && (
        <DecisionList
          needing={needing}
          drafts={props.drafts ?? {}}
          onChange={props.onDecision}
          {...(props.decisionErrorOf && { errorOf: props.decisionErrorOf })}
        />
      )}
      {mayOverride && conflict.needsOverride && !hard && (
        <OverrideField
          action={action}
          value={props.overrideReason}
          onChange={props.onOverrideReason}
          error={props.overrideError}
        />
      )}
    </Stack>
  );
}
