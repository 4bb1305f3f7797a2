import { useCan } from '../../../app/useCan';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, ChannelInput } from '../../../../../shared/contract';
import { overrideSchema, type ScheduleConflict } from '../../../../../shared/contract/schedule';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLanguage } from '../../../lib/languageContext';
import { useMessageText } from '../../../lib/message';
import { ConflictPanel, conflictNames, isScheduleConflict } from '../conflict';
import type { CalendarRecords } from '../filters/calendarRecords';

/** A drag or stretch the backend refused: the event is back where it was, and this says why. */
export interface RefusedDrag {
  input: ChannelInput<'schedule.move'>;
  conflict: ScheduleConflict | null;
  error: AppErrorData;
}

interface Props {
  refused: RefusedDrag;
  records: CalendarRecords | null;
  onClose(): void;
  onMoved(): void;
}

/**
 * Why a session could not be put where it was dropped. With soft clashes only, a manager may move it anyway
 * with a reason, which is recorded with the move.
 */
export function DragConflictDialog({ refused, records, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const [current, setCurrent] = useState(refused);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const { conflict } = current;
  const hard = conflict?.clashes.some((entry) => entry.clashes.some((clash) => clash.severity === 'hard'));
  const anyway = useCan('schedule.override') && conflict?.needsOverride === true && !hard;

  async function moveAnyway(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = overrideSchema.safeParse({ reason });
    if (!checked.success) {
      setReasonError(text({ key: 'sessionActions.drag.reasonRequired' }));
      return;
    }
    setSaving(true);
    const input = { ...current.input, override: checked.data };
    const result = await invoke('schedule.move', input);
    setSaving(false);
    if (result.ok) onMoved();
    else
      setCurrent({ input: current.input, conflict: isScheduleConflict(result.error), error: result.error });
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sessionActions.drag.title')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('sessionActions.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
    >
      <form onSubmit={(event) => void moveAnyway(event)} noValidate>
        <Stack gap="md">
          {conflict ? (
            <ConflictPanel
              action="change"
              conflict={conflict}
              names={conflictNames(records ?? { services: [], staff: [], rooms: [] }, language)}
              overrideReason={reason}
              onOverrideReason={(value) => {
                setReason(value);
                setReasonError(undefined);
              }}
              overrideError={reasonError}
            />
          ) : (
            <ErrorAlert error={current.error} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant={anyway ? 'default' : 'filled'} onClick={onClose} data-autofocus>
              {t('sessionActions.drag.keep')}
            </Button>
            {anyway && (
              <Button type="submit" color="red" loading={saving}>
                {t('sessionActions.move.anyway')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
