import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../../shared/contract';
import type { GroupFullConflict } from '../../../../../shared/contract/groups';
import type { WaitingPriority } from '../../../../../shared/domain/scheduling';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLanguage } from '../../../lib/languageContext';
import { useMessageText } from '../../../lib/message';
import { PriorityFields } from '../waiting/PriorityFields';

interface Props {
  full: GroupFullConflict;
  group: { id: number; serviceId: number };
  beneficiaryId: number;
  onWaiting(): void;
}

/** A full group: when a place frees next, and the waiting list in one click instead. */
export function FullGroupNotice({ full, group, beneficiaryId, onWaiting }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const [priority, setPriority] = useState<WaitingPriority>('normal');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);

  async function addToWaiting() {
    setSaving(true);
    const result = await invoke('waiting.add', {
      beneficiaryId,
      groupId: group.id,
      serviceId: group.serviceId,
      priority,
      note,
    });
    setSaving(false);
    if (result.ok) onWaiting();
    else setFailure(result.error);
  }

  const fieldIssue = failure?.details?.fields ? Object.values(failure.details.fields)[0] : undefined;
  return (
    <Stack gap="sm" data-testid="group-full">
      <Alert color="orange" variant="light" role="alert" title={t('groups.enrol.fullTitle')}>
        {full.firstFreeDate
          ? t('groups.enrol.fullUntil', { date: formatCalendarDate(full.firstFreeDate, language, 'long') })
          : t('groups.enrol.fullNoDate')}
      </Alert>
      <PriorityFields priority={priority} note={note} onPriority={setPriority} onNote={setNote} />
      {fieldIssue && (
        <Alert color="red" variant="light" role="alert">
          {text(fieldIssue)}
        </Alert>
      )}
      {failure && !fieldIssue && <ErrorAlert error={failure} />}
      <Button onClick={() => void addToWaiting()} loading={saving} variant="filled" color="orange">
        {t('groups.enrol.putOnWaiting')}
      </Button>
    </Stack>
  );
}
