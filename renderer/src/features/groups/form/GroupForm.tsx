import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupSummary } from '../../../../../shared/contract/groups';
import type { CalendarRecords } from '../../calendar/filters/calendarRecords';
import { ConflictPanel } from '../../calendar/conflict';
import { DateField } from '../../places/form/DateField';
import { FormOutcome } from '../../places/form/FormOutcome';
import { useGroupOptions } from '../useGroupRecords';
import { AgeBandFields } from './AgeBandFields';
import { changesSessions, type GroupFormValues } from './groupForm';
import { TimetableFields } from './TimetableFields';
import { useGroupForm } from './useGroupForm';

interface Props {
  /** The group being edited, or null for a new one. */
  group: GroupSummary | null;
  initial: GroupFormValues;
  records: CalendarRecords;
}

/** A group's details and timetable; a refused save shows its clashes here, and nothing typed is lost. */
export function GroupForm({ group, initial, records }: Props) {
  const { t } = useTranslation();
  const state = useGroupForm(group, initial);
  const { values, set, issue, formRef, submit, issues, failure, saving } = state.form;
  const idOrNull = (value: string | null) => (value === null ? null : Number(value));
  const options = useGroupOptions(records, {
    serviceId: idOrNull(initial.serviceId),
    teacherId: idOrNull(initial.teacherId),
    roomId: idOrNull(initial.roomId),
  });
  const asksFrom = group !== null && changesSessions(values, group);

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <TextInput
              label={t('groups.form.name')}
              description={t('groups.form.nameHint')}
              name="name"
              value={values.name}
              onChange={(event) => set('name', event.currentTarget.value)}
              error={issue('name')}
              withAsterisk
              maw="36rem"
            />
            <Group gap="md" align="flex-start">
              <Select
                label={t('groups.form.service')}
                name="serviceId"
                data={options.services}
                value={values.serviceId}
                onChange={(value) => set('serviceId', value)}
                error={issue('serviceId')}
                disabled={group !== null}
                description={group !== null ? t('groups.form.serviceFixed') : undefined}
                searchable
                withAsterisk
                w="20rem"
              />
              <Select
                label={t('groups.form.teacher')}
                name="teacherId"
                data={options.teachers}
                value={values.teacherId}
                onChange={(value) => set('teacherId', value)}
                error={issue('teacherId')}
                searchable
                withAsterisk
                w="20rem"
              />
            </Group>
            <Group gap="md" align="flex-start">
              <Select
                label={t('groups.form.room')}
                name="roomId"
                data={options.rooms}
                value={values.roomId}
                onChange={(value) => set('roomId', value)}
                error={issue('roomId')}
                placeholder={t('groups.form.noRoom')}
                clearable
                searchable
                w="20rem"
              />
              <NumberInput
                label={t('groups.form.capacity')}
                description={t('groups.form.capacityHint')}
                name="capacity"
                min={1}
                max={200}
                allowDecimal={false}
                value={values.capacity}
                onChange={(value) => set('capacity', value)}
                error={issue('capacity')}
                withAsterisk
                w="20rem"
              />
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <AgeBandFields values={values} set={set} issue={issue} />
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <TimetableFields values={values} set={set} issue={issue} />
            {asksFrom && (
              <Alert color="blue" variant="light">
                <DateField
                  label={t('groups.form.from')}
                  description={t('groups.form.fromHint')}
                  name="from"
                  value={values.from}
                  onChange={(event) => set('from', event.currentTarget.value)}
                  error={issue('from')}
                  withAsterisk
                  w="16rem"
                />
              </Alert>
            )}
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Textarea
              label={t('groups.form.notes')}
              name="notes"
              autosize
              minRows={2}
              value={values.notes}
              onChange={(event) => set('notes', event.currentTarget.value)}
              error={issue('notes')}
              maw="48rem"
            />
            {group !== null && (
              <Checkbox
                label={t('groups.form.active')}
                description={t('groups.form.activeHint')}
                checked={values.active}
                onChange={(event) => set('active', event.currentTarget.checked)}
              />
            )}
          </Stack>
        </Paper>
        {state.conflict ? (
          <ConflictPanel
            action={group ? 'change' : 'book'}
            conflict={state.conflict}
            names={options.names}
            overrideReason={state.overrideReason}
            onOverrideReason={state.setOverrideReason}
            overrideError={issue('override')}
            needing={state.needing}
            drafts={state.drafts}
            onDecision={state.onDecision}
          />
        ) : (
          <FormOutcome issues={issues} failure={failure} />
        )}
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={group ? `/groups/${group.id}` : '/groups'} variant="default">
            {t('groups.actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t(group ? 'groups.actions.save' : 'groups.actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
