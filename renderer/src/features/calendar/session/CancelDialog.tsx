import { Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cancelSchema, type Scope, type SessionDetails } from '../../../../../shared/contract/schedule';
import { CANCEL_REASONS, type CancelReason } from '../../../../../shared/domain/scheduling';
import type { WaitingOfferView } from '../../../../../shared/contract/waiting';
import type { CalendarRecords } from '../filters/calendarRecords';
import { ChangeDialog } from './ChangeDialog';
import { ScopeField } from './ScopeField';
import { useChangeForm } from './useChangeForm';

interface CancelValues {
  reason: CancelReason | '';
  note: string;
  scope: Scope;
}

interface Props {
  session: SessionDetails;
  records: CalendarRecords | null;
  onClose(): void;
  /** With the first people waiting for the freed time, if any. */
  onCancelled(offers: WaitingOfferView[]): void;
}

/** Cancels a session with who cancelled it and why; for a series also the following sessions, or all of them. */
export function CancelDialog({ session, records, onClose, onCancelled }: Props) {
  const { t } = useTranslation();
  const change = useChangeForm({
    channel: 'schedule.cancel',
    schema: cancelSchema,
    initial: { reason: '', note: '', scope: 'this' } satisfies CancelValues as CancelValues,
    toInput: (values) => ({
      sessionId: session.id,
      scope: values.scope,
      // Left out until chosen, so the schema asks for it.
      ...(values.reason !== '' && { reason: values.reason }),
      note: values.note,
    }),
    onDone: (result) => onCancelled(result.offers),
  });
  const { values, set, issue } = change.form;
  return (
    <ChangeDialog
      title={t('sessionActions.cancel.title')}
      submit={t('sessionActions.cancel.submit')}
      submitAnyway={t('sessionActions.cancel.submit')}
      danger
      change={change}
      records={records}
      onClose={onClose}
    >
      <Radio.Group
        label={t('sessionActions.cancel.reason')}
        value={values.reason}
        onChange={(value) => set('reason', value as CancelReason)}
        error={issue('reason')}
        withAsterisk
      >
        <Stack gap={6} mt={6}>
          {CANCEL_REASONS.map((reason) => (
            <Radio key={reason} value={reason} label={t(`schedule.cancelReasons.${reason}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('sessionActions.cancel.note')}
        value={values.note}
        onChange={(event) => set('note', event.currentTarget.value)}
        error={issue('note')}
        autosize
        minRows={2}
        maxLength={1000}
      />
      {session.series && (
        <ScopeField
          action="cancel"
          value={values.scope}
          onChange={(scope) => set('scope', scope)}
          error={issue('scope')}
        />
      )}
    </ChangeDialog>
  );
}
