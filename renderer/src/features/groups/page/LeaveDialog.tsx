import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssues, type AppErrorData, type FieldIssue } from '../../../../../shared/contract';
import { leaveSchema, type RosterEntry, type WaitingOfferView } from '../../../../../shared/contract/groups';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMessageText } from '../../../lib/message';
import { DateField } from '../../places/form/DateField';
import { EditorModal } from '../../places/form/EditorModal';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';

interface Props {
  entry: RosterEntry;
  today: string;
  onClose(): void;
  onDone(offer: WaitingOfferView | null): void;
}

/** Ending an enrolment on its last day; the sessions after it no longer count the person. */
export function LeaveDialog({ entry, today, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [lastDate, setLastDate] = useState(toTypedDate(today));
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const input = { enrolmentId: entry.enrolmentId, lastDate: typedDateInput(lastDate) };
    const checked = leaveSchema.safeParse(input);
    if (!checked.success) {
      setIssues(fieldIssues(checked.error, input));
      return;
    }
    setSaving(true);
    const result = await invoke('groups.leave', checked.data);
    setSaving(false);
    if (result.ok) onDone(result.value.offer);
    else if (result.error.details?.fields) setIssues(result.error.details.fields);
    else setFailure(result.error);
  }

  const lastDateIssue = issues.lastDate;
  return (
    <EditorModal opened onClose={onClose} title={t('groups.leave.title', { name: entry.name })} size="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text>{t('groups.leave.intro')}</Text>
          <DateField
            label={t('groups.leave.lastDate')}
            name="lastDate"
            value={lastDate}
            onChange={(event) => setLastDate(event.currentTarget.value)}
            error={lastDateIssue ? text(lastDateIssue) : undefined}
            withAsterisk
            w="12rem"
          />
          {failure && <ErrorAlert error={failure} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('groups.actions.cancel')}
            </Button>
            <Button type="submit" color="red" loading={saving}>
              {t('groups.leave.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EditorModal>
  );
}
