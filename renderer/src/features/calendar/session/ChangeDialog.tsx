import { useCan } from '../../../app/useCan';
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/languageContext';
import { FormOutcome } from '../../places/form/FormOutcome';
import type { ScheduleConflict } from '../../../../../shared/contract/schedule';
import type { EditorForm } from '../../places/form/useEditorForm';
import { ConflictPanel, conflictNames, type ConflictPanelProps } from '../conflict';
import type { CalendarRecords } from '../filters/calendarRecords';

/** What the dialog needs of useChangeForm's answer, whatever the form's values. */
export interface ChangeState {
  form: Pick<EditorForm, 'formRef' | 'submit' | 'issues' | 'failure' | 'saving'>;
  conflict: ScheduleConflict | null;
  panel: Omit<ConflictPanelProps, 'names'> | null;
}

interface Props {
  title: string;
  /** What the button that sends the change says, and what it says once soft clashes need a reason. */
  submit: string;
  submitAnyway: string;
  danger?: boolean;
  change: ChangeState;
  records: CalendarRecords | null;
  onClose(): void;
  children: ReactNode;
}

/** The dialog of one change to a booked session: its fields, then why it was refused, then the buttons. */
export function ChangeDialog({
  title,
  submit,
  submitAnyway,
  danger,
  change: {
    form: { formRef, submit: send, issues, failure, saving },
    panel,
    conflict,
  },
  records,
  onClose,
  children,
}: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const names = conflictNames(records ?? { services: [], staff: [], rooms: [] }, language);
  const anyway = useCan('schedule.override') && conflict?.needsOverride === true;
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('sessionActions.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
    >
      <form ref={formRef} onSubmit={(event) => void send(event)} noValidate>
        <Stack gap="md">
          {children}
          {panel && <ConflictPanel {...panel} action="change" names={names} />}
          {/* A refusal is explained by the panel above; other failures here. */}
          <FormOutcome issues={issues} failure={conflict ? null : failure} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('sessionActions.back')}
            </Button>
            <Button type="submit" loading={saving} color={danger || anyway ? 'red' : undefined}>
              {anyway ? submitAnyway : submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
