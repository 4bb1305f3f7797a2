import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../../shared/contract';
import type { Closure } from '../../../../../shared/domain/closures';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { closureName } from '../format';
import { EditorModal } from '../form/EditorModal';

interface Props {
  closure: Closure;
  onClose(): void;
  onDeleted(id: number): void;
}

/** Deleting opens the centre on those days: asked once more, naming the closure. */
export function DeleteClosureDialog({ closure, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const name = closureName(closure, t);

  async function confirm(): Promise<void> {
    setBusy(true);
    const result = await invoke('closures.delete', { id: closure.id });
    setBusy(false);
    if (result.ok) onDeleted(closure.id);
    else setFailure(result.error);
  }

  return (
    <EditorModal opened onClose={onClose} size="md" title={t('places.actions.deleteNamed', { name })}>
      <Stack gap="md">
        <Text>{t('places.closures.deleteQuestion', { name })}</Text>
        {failure && <ErrorAlert error={failure} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('places.actions.cancel')}
          </Button>
          <Button color="red.8" loading={busy} onClick={() => void confirm()}>
            {t('places.actions.confirmDelete')}
          </Button>
        </Group>
      </Stack>
    </EditorModal>
  );
}
