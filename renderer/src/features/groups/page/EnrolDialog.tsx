import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssues, type AppErrorData, type FieldIssue } from '../../../../../shared/contract';
import { enrolSchema, type GroupFullConflict } from '../../../../../shared/contract/groups';
import type { ScheduleConflict } from '../../../../../shared/contract/schedule';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMessageText } from '../../../lib/message';
import { ConflictPanel, isScheduleConflict, type ConflictNames } from '../../calendar/conflict';
import { DateField } from '../../places/form/DateField';
import { EditorModal } from '../../places/form/EditorModal';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';
import { PersonPicker } from '../PersonPicker';
import type { Option } from '../useGroupRecords';
import { FullGroupNotice } from './FullGroupNotice';
import { isGroupFull } from './groupFull';

interface Props {
  group: { id: number; serviceId: number; name: string };
  /** The person to enrol when it is already known (from the waiting list). */
  person: Option | null;
  startDate: string;
  names: ConflictNames;
  onClose(): void;
  /** Enrolled, or put on the waiting list instead. */
  onDone(): void;
}

/** Enrolling a person from a date; a full group offers its waiting list, clashes are shown as for a booking. */
export function EnrolDialog({ group, person: preset, startDate, names, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [person, setPerson] = useState<Option | null>(preset);
  const [start, setStart] = useState(toTypedDate(startDate));
  const [end, setEnd] = useState('');
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [full, setFull] = useState<GroupFullConflict | null>(null);
  const [conflict, setConflict] = useState<ScheduleConflict | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);

  const issue = (path: string) => (issues[path] ? text(issues[path]) : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const input = {
      groupId: group.id,
      beneficiaryId: person === null ? undefined : Number(person.value),
      startDate: typedDateInput(start),
      endDate: end.trim() === '' ? null : typedDateInput(end),
      ...(conflict && overrideReason.trim() !== '' ? { override: { reason: overrideReason } } : {}),
    };
    const checked = enrolSchema.safeParse(input);
    if (!checked.success) {
      setIssues(fieldIssues(checked.error, input));
      return;
    }
    setIssues({});
    setSaving(true);
    const result = await invoke('groups.enrol', checked.data);
    setSaving(false);
    if (result.ok) {
      onDone();
      return;
    }
    const fields = result.error.details?.fields;
    if (fields && Object.keys(fields).length > 0) {
      setIssues(fields);
      return;
    }
    setFull(isGroupFull(result.error));
    setConflict(isScheduleConflict(result.error));
    if (!isGroupFull(result.error) && !isScheduleConflict(result.error)) setFailure(result.error);
  }

  return (
    <EditorModal opened onClose={onClose} title={t('groups.enrol.title', { group: group.name })}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <PersonPicker
            label={t('groups.enrol.person')}
            value={person}
            onChange={(next) => {
              setPerson(next);
              setFull(null);
              setConflict(null);
            }}
            error={issue('beneficiaryId')}
          />
          <Group gap="md" align="flex-start">
            <DateField
              label={t('groups.enrol.startDate')}
              name="startDate"
              value={start}
              onChange={(event) => setStart(event.currentTarget.value)}
              error={issue('startDate')}
              withAsterisk
              w="12rem"
            />
            <DateField
              label={t('groups.enrol.endDate')}
              description={t('groups.enrol.endHint')}
              name="endDate"
              value={end}
              onChange={(event) => setEnd(event.currentTarget.value)}
              error={issue('endDate')}
              w="16rem"
            />
          </Group>
          {full && person && (
            <FullGroupNotice
              full={full}
              group={group}
              beneficiaryId={Number(person.value)}
              onWaiting={onDone}
            />
          )}
          {conflict && (
            <ConflictPanel
              action="enrol"
              conflict={conflict}
              names={names}
              overrideReason={overrideReason}
              onOverrideReason={setOverrideReason}
              overrideError={issue('override')}
            />
          )}
          {failure && <ErrorAlert error={failure} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('groups.actions.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={full !== null}>
              {t('groups.enrol.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EditorModal>
  );
}
