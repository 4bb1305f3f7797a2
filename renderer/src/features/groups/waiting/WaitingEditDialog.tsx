import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../../shared/contract';
import type { WaitingEntryView } from '../../../../../shared/contract/waiting';
import type { WaitingPriority } from '../../../../../shared/domain/scheduling';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EditorModal } from '../../places/form/EditorModal';
import { PriorityFields } from './PriorityFields';

interface Props {
  entry: WaitingEntryView;
  onClose(): void;
  onSaved(): void;
}

/** Changing an entry's priority or note; its place in the queue follows from them. */
export function WaitingEditDialog({ entry, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [priority, setPriority] = useState<WaitingPriority>(entry.priority);
  const [note, setNote] = useState(entry.note);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    const result = await invoke('waiting.update', { id: entry.id, priority, note });
    setSaving(false);
    if (result.ok) onSaved();
    else setFailure(result.error);
  }

  return (
    <EditorModal
      opened
      onClose={onClose}
      title={t('groups.waiting.editTitle', { name: entry.beneficiaryName })}
      size="md"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <PriorityFields priority={priority} note={note} onPriority={setPriority} onNote={setNote} />
          {failure && <ErrorAlert error={failure} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('groups.actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('groups.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EditorModal>
  );
}
