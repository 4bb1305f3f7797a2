import { Alert, Checkbox, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { editSeriesSchema, type SessionDetails } from '../../../../../shared/contract/schedule';
import { ISO_WEEKDAYS } from '../../../../../shared/domain/settings';
import { weekdayName } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';
import { useRecordOptions, type CalendarRecords } from '../filters/calendarRecords';
import { ChangeDialog } from './ChangeDialog';
import { seriesChanges, seriesEditStart, type SeriesEditValues } from './seriesChanges';
import { ScopeField } from './ScopeField';
import { useChangeForm } from './useChangeForm';

interface Props {
  session: SessionDetails;
  records: CalendarRecords | null;
  onClose(): void;
  onEdited(): void;
}

/** Changes a series from one of its sessions: this one, this and the following ones, or all from today. */
export function EditSeriesDialog({ session, records, onClose, onEdited }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const options = useRecordOptions(records, language);
  const start = useMemo(() => seriesEditStart(session), [session]);
  const change = useChangeForm({
    channel: 'schedule.editSeries',
    schema: editSeriesSchema,
    initial: start,
    toInput: (values: SeriesEditValues) => ({
      sessionId: session.id,
      scope: values.scope,
      changes: seriesChanges(values, start),
    }),
    decisionMinutes: (values) => Number(values.minutes) || session.minutes,
    onDone: onEdited,
  });
  const { values, set, issue, issues } = change.form;
  const weekdaysIssue = issue('changes.weekdays');
  return (
    <ChangeDialog
      title={t('sessionActions.edit.title')}
      submit={t('sessionActions.edit.submit')}
      submitAnyway={t('sessionActions.edit.anyway')}
      change={change}
      records={records}
      onClose={onClose}
    >
      <ScopeField
        action="edit"
        value={values.scope}
        onChange={(scope) => set('scope', scope)}
        error={issue('scope')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('sessionActions.fields.startTime')}
          placeholder="10:00"
          value={values.startTime}
          onChange={(event) => set('startTime', event.currentTarget.value, 'changes.startTime')}
          error={issue('changes.startTime')}
          autoComplete="off"
          data-autofocus
        />
        <NumberInput
          label={t('sessionActions.fields.minutes')}
          value={values.minutes}
          onChange={(value) => set('minutes', value, 'changes.minutes')}
          error={issue('changes.minutes') ?? issue('changes.durationMinutes')}
          allowDecimal={false}
          allowNegative={false}
          step={5}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('sessionActions.fields.weekdays')}
        description={values.scope === 'this' ? t('sessionActions.edit.weekdaysNotThis') : undefined}
        value={values.weekdays}
        onChange={(days) => set('weekdays', days, 'changes.weekdays')}
        error={weekdaysIssue}
      >
        <Group gap="md" mt={6}>
          {ISO_WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              value={String(day)}
              label={weekdayName(day, language, 'short')}
              aria-label={weekdayName(day, language, 'long')}
              disabled={values.scope === 'this'}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('sessionActions.fields.specialist')}
          data={options.staff(session.specialist.id)}
          value={values.specialistId}
          onChange={(value) => value !== null && set('specialistId', value, 'changes.specialistId')}
          error={issue('changes.specialistId')}
          searchable
          allowDeselect={false}
        />
        <Select
          label={t('sessionActions.fields.room')}
          placeholder={t('sessionActions.fields.noRoom')}
          data={options.rooms(session.room?.id ?? null)}
          value={values.roomId}
          onChange={(value) => set('roomId', value, 'changes.roomId')}
          error={issue('changes.roomId') ?? issue('roomId')}
          searchable
        />
      </SimpleGrid>
      {issues.changes && (
        <Alert color="orange" variant="light" role="alert">
          {t('sessionActions.edit.nothingChanged')}
        </Alert>
      )}
    </ChangeDialog>
  );
}
