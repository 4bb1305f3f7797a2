import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WAITING_PRIORITIES, type WaitingPriority } from '../../../../../shared/domain/scheduling';

interface Props {
  priority: WaitingPriority;
  note: string;
  onPriority(priority: WaitingPriority): void;
  onNote(note: string): void;
  noteError?: string | undefined;
}

/** A waiting entry's priority and the receptionist's note (who asked, what was promised). */
export function PriorityFields({ priority, note, onPriority, onNote, noteError }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('groups.waiting.priority')}
        name="priority"
        allowDeselect={false}
        data={WAITING_PRIORITIES.map((value) => ({ value, label: t(`groups.priorities.${value}`) }))}
        value={priority}
        onChange={(value) => value && onPriority(value as WaitingPriority)}
        w="16rem"
      />
      <Textarea
        label={t('groups.waiting.note')}
        name="note"
        autosize
        minRows={2}
        maxLength={1000}
        value={note}
        onChange={(event) => onNote(event.currentTarget.value)}
        error={noteError}
      />
    </>
  );
}
