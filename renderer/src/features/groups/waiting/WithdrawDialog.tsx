import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../../shared/contract';
import type { WaitingEntryView } from '../../../../../shared/contract/waiting';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EditorModal } from '../../places/form/EditorModal';

interface Props {
  entry: WaitingEntryView;
  onClose(): void;
  onDone(): void;
}

/** Asks before taking someone off a list: their place in the queue would be lost. */
export function WithdrawDialog({ entry, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);

  async function withdraw() {
    setSaving(true);
    const result = await invoke('waiting.update', { id: entry.id, status: 'withdrawn' });
    setSaving(false);
    if (result.ok) onDone();
    else setFailure(result.error);
  }

  return (
    <EditorModal opened onClose={onClose} title={t('groups.waiting.withdrawTitle')} size="md">
      <Stack gap="md">
        <Text>{t('groups.waiting.withdrawQuestion', { name: entry.beneficiaryName })}</Text>
        {failure && <ErrorAlert error={failure} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('groups.actions.cancel')}
          </Button>
          <Button color="red" loading={saving} onClick={() => void withdraw()}>
            {t('groups.waiting.withdraw')}
          </Button>
        </Group>
      </Stack>
    </EditorModal>
  );
}
