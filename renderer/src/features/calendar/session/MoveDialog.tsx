import { NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { moveSchema, type SessionDetails } from '../../../../../shared/contract/schedule';
import { useLanguage } from '../../../lib/languageContext';
import { DateField } from '../../places/form/DateField';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';
import { useRecordOptions, type CalendarRecords } from '../filters/calendarRecords';
import { ChangeDialog } from './ChangeDialog';
import { useChangeForm } from './useChangeForm';

interface MoveValues {
  date: string;
  startTime: string;
  minutes: number | string;
  roomId: string | null;
  specialistId: string;
}

interface Props {
  session: SessionDetails;
  records: CalendarRecords | null;
  onClose(): void;
  onMoved(): void;
}

/** One session to another day, time, length, room or specialist; in a series only this session moves. */
export function MoveDialog({ session, records, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const options = useRecordOptions(records, language);
  const change = useChangeForm({
    channel: 'schedule.move',
    schema: moveSchema,
    initial: {
      date: toTypedDate(session.date),
      startTime: session.startTime,
      minutes: session.minutes,
      roomId: session.room === null ? null : String(session.room.id),
      specialistId: String(session.specialist.id),
    } satisfies MoveValues as MoveValues,
    toInput: (values) => ({
      sessionId: session.id,
      date: typedDateInput(values.date),
      startTime: values.startTime.trim(),
      minutes: values.minutes === '' ? undefined : Number(values.minutes),
      roomId: values.roomId === null ? null : Number(values.roomId),
      specialistId: Number(values.specialistId),
    }),
    onDone: onMoved,
  });
  const { values, set, issue } = change.form;
  return (
    <ChangeDialog
      title={t('sessionActions.move.title')}
      submit={t('sessionActions.move.submit')}
      submitAnyway={t('sessionActions.move.anyway')}
      change={change}
      records={records}
      onClose={onClose}
    >
      {session.series && (
        <Text size="sm" c="dimmed">
          {t('sessionActions.move.onlyThis')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField
          label={t('sessionActions.fields.date')}
          value={values.date}
          onChange={(event) => set('date', event.currentTarget.value)}
          error={issue('date')}
          data-autofocus
        />
        <TextInput
          label={t('sessionActions.fields.startTime')}
          placeholder="10:00"
          value={values.startTime}
          onChange={(event) => set('startTime', event.currentTarget.value)}
          error={issue('startTime')}
          autoComplete="off"
        />
        <NumberInput
          label={t('sessionActions.fields.minutes')}
          value={values.minutes}
          onChange={(value) => set('minutes', value)}
          error={issue('minutes')}
          allowDecimal={false}
          allowNegative={false}
          step={5}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('sessionActions.fields.specialist')}
          data={options.staff(session.specialist.id)}
          value={values.specialistId}
          onChange={(value) => value !== null && set('specialistId', value)}
          error={issue('specialistId')}
          searchable
          allowDeselect={false}
        />
        <Select
          label={t('sessionActions.fields.room')}
          placeholder={t('sessionActions.fields.noRoom')}
          data={options.rooms(session.room?.id ?? null)}
          value={values.roomId}
          onChange={(value) => set('roomId', value)}
          error={issue('roomId')}
          searchable
          clearable={session.series === null}
        />
      </SimpleGrid>
    </ChangeDialog>
  );
}
