import { Button, Group, Select, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssues, type AppErrorData, type FieldIssue } from '../../../../../shared/contract';
import { waitingAddSchema, type GroupSummary } from '../../../../../shared/contract/groups';
import type { WaitingPriority } from '../../../../../shared/domain/scheduling';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMessageText } from '../../../lib/message';
import { EditorModal } from '../../places/form/EditorModal';
import { PersonPicker } from '../PersonPicker';
import type { Option } from '../useGroupRecords';
import { PriorityFields } from './PriorityFields';

interface Props {
  /** The service chosen on the page, or null to choose one here. */
  serviceId: number | null;
  services: readonly Option[];
  /** The groups, any of whose lists (of the chosen service) the person may join instead of the individual places. */
  groups: readonly GroupSummary[];
  onClose(): void;
  onSaved(): void;
}

const INDIVIDUAL = 'individual';

/** Putting a person on a service's list of individual places, or on one of its groups' lists. */
export function AddWaitingDialog({ serviceId: initialService, services, groups, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [person, setPerson] = useState<Option | null>(null);
  const [serviceId, setServiceId] = useState<string | null>(
    initialService === null ? null : String(initialService),
  );
  const [list, setList] = useState<string>(INDIVIDUAL);
  const [priority, setPriority] = useState<WaitingPriority>('normal');
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);
  const issue = (path: string) => (issues[path] ? text(issues[path]) : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const input = {
      beneficiaryId: person === null ? undefined : Number(person.value),
      groupId: list === INDIVIDUAL ? null : Number(list),
      serviceId: serviceId === null ? undefined : Number(serviceId),
      priority,
      note,
    };
    const checked = waitingAddSchema.safeParse(input);
    if (!checked.success) {
      setIssues(fieldIssues(checked.error, input));
      return;
    }
    setSaving(true);
    const result = await invoke('waiting.add', checked.data);
    setSaving(false);
    if (result.ok) onSaved();
    else if (result.error.details?.fields) setIssues(result.error.details.fields);
    else setFailure(result.error);
  }

  return (
    <EditorModal opened onClose={onClose} title={t('groups.waiting.add')} size="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <PersonPicker
            label={t('groups.enrol.person')}
            value={person}
            onChange={setPerson}
            error={issue('beneficiaryId')}
          />
          <Select
            label={t('groups.waiting.service')}
            data={services}
            value={serviceId}
            onChange={(value) => {
              setServiceId(value);
              setList(INDIVIDUAL);
            }}
            error={issue('serviceId')}
            searchable
            withAsterisk
          />
          <Select
            label={t('groups.waiting.list')}
            allowDeselect={false}
            data={[
              { value: INDIVIDUAL, label: t('groups.waiting.individual') },
              ...groups
                .filter((g) => String(g.serviceId) === serviceId)
                .map((g) => ({ value: String(g.id), label: g.name })),
            ]}
            value={list}
            onChange={(value) => value && setList(value)}
            error={issue('groupId')}
          />
          <PriorityFields
            priority={priority}
            note={note}
            onPriority={setPriority}
            onNote={setNote}
            noteError={issue('note')}
          />
          {failure && <ErrorAlert error={failure} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('groups.actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('groups.waiting.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EditorModal>
  );
}
