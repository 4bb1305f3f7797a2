import { Button, Chip, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { PrescriptionBooking } from '../../../../../shared/contract/programmes';
import type { ScheduleConflict } from '../../../../../shared/contract/schedule';
import { sessionsToBook, type Prescription } from '../../../../../shared/domain/programmes';
import type { NeedingDecision } from '../../../../../shared/domain/scheduling';
import { ISO_WEEKDAYS } from '../../../../../shared/domain/settings';
import { weekdayName } from '../../../../../shared/i18n/dates';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { invoke } from '../../../api';
import { useCentreTimeZone } from '../../../lib/centreContext';
import { useLanguage } from '../../../lib/languageContext';
import { useToday } from '../../../lib/useToday';
import {
  ConflictPanel,
  conflictNames,
  decisionInputs,
  isScheduleConflict,
  withDefaults,
  type DecisionDrafts,
} from '../../calendar/conflict';
import { useRecordOptions, type CalendarRecords } from '../../calendar/filters/calendarRecords';
import { DateField } from '../../places/form/DateField';
import { EditorModal } from '../../places/form/EditorModal';
import { FormOutcome } from '../../places/form/FormOutcome';
import { Section } from '../../places/form/Section';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';
import { useEditorForm } from '../../places/form/useEditorForm';

interface Values {
  startDate: string;
  weekdays: number[];
  startTime: string;
  specialistId: string | null;
  roomId: string | null;
}

/**
 * Books what is still owed on a prescription as one weekly series. A refusal shows the scheduling engine's
 * clashes and the sessions on closed days, as the calendar's booking does; the answers go with the next try.
 */
export function BookDialog({
  prescription,
  serviceName,
  records,
  onBooked,
  onClose,
}: {
  prescription: Prescription;
  serviceName: string;
  records: CalendarRecords;
  onBooked(result: PrescriptionBooking): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = useToday(useCentreTimeZone());
  const options = useRecordOptions(records, language);
  const names = useMemo(() => conflictNames(records, language), [records, language]);
  const [needing, setNeeding] = useState<NeedingDecision[]>([]);
  const [drafts, setDrafts] = useState<DecisionDrafts>({});
  const [overrideReason, setOverrideReason] = useState('');

  function remember(found: ScheduleConflict) {
    setNeeding((known) => {
      const dates = new Set(known.map((n) => n.occurrence.originalDate));
      return [...known, ...found.needsDecision.filter((n) => !dates.has(n.occurrence.originalDate))];
    });
    setDrafts((current) => withDefaults(current, found.needsDecision));
  }

  const form = useEditorForm({
    initial: {
      startDate: toTypedDate(today),
      weekdays: [],
      startTime: '',
      specialistId: prescription.specialistId ? String(prescription.specialistId) : null,
      roomId: null,
    } satisfies Values as Values,
    schema: contract['programmes.bookPrescription'].input,
    toInput: (values: Values) => ({
      prescriptionId: prescription.id,
      startDate: typedDateInput(values.startDate),
      weekdays: values.weekdays,
      startTime: values.startTime.trim(),
      specialistId: values.specialistId === null ? undefined : Number(values.specialistId),
      roomId: values.roomId === null ? null : Number(values.roomId),
      decisions: decisionInputs(drafts, prescription.minutes),
      ...(overrideReason.trim() !== '' && { override: { reason: overrideReason } }),
    }),
    send: async (input) => {
      const result = await invoke(
        'programmes.bookPrescription',
        input as Parameters<typeof invoke<'programmes.bookPrescription'>>[1],
      );
      const found = result.ok ? null : isScheduleConflict(result.error);
      if (found) remember(found);
      return result;
    },
    onSaved: onBooked,
  });
  const { values, set, issue, formRef, submit, issues, failure, saving } = form;
  const conflict = failure ? isScheduleConflict(failure) : null;
  const weekdaysError = issue('weekdays');

  return (
    <EditorModal opened onClose={onClose} title={t('programmes.booking.title', { service: serviceName })}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text>
            {t('programmes.booking.intro', {
              count: formatNumber(sessionsToBook(prescription.counts), language),
              minutes: formatNumber(prescription.minutes, language),
            })}
          </Text>
          <Group grow align="flex-start">
            <DateField
              label={t('programmes.booking.startDate')}
              value={values.startDate}
              onChange={(event) => set('startDate', event.currentTarget.value)}
              error={issue('startDate')}
              withAsterisk
            />
            <TextInput
              label={t('programmes.booking.time')}
              placeholder="10:00"
              inputMode="numeric"
              value={values.startTime}
              onChange={(event) => set('startTime', event.currentTarget.value)}
              error={issue('startTime')}
              withAsterisk
            />
          </Group>
          <Section
            legend={t('programmes.booking.weekdays')}
            aria-describedby={weekdaysError && 'book-weekdays-error'}
          >
            <Chip.Group
              multiple
              value={values.weekdays.map(String)}
              onChange={(days) =>
                set(
                  'weekdays',
                  ISO_WEEKDAYS.filter((day) => days.includes(String(day))),
                )
              }
            >
              <Group gap={6}>
                {ISO_WEEKDAYS.map((day) => (
                  <Chip key={day} value={String(day)} size="sm" title={weekdayName(day, language, 'long')}>
                    {weekdayName(day, language, 'short')}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {weekdaysError && (
              <Text id="book-weekdays-error" c="red.8" size="sm" mt={4}>
                {weekdaysError}
              </Text>
            )}
          </Section>
          <Group grow align="flex-start">
            <Select
              label={t('programmes.booking.specialist')}
              data={options.staff(prescription.specialistId)}
              value={values.specialistId}
              onChange={(value) => set('specialistId', value)}
              error={issue('specialistId')}
              searchable
              withAsterisk
            />
            <Select
              label={t('programmes.booking.room')}
              placeholder={t('programmes.booking.noRoom')}
              data={options.rooms(null)}
              value={values.roomId}
              onChange={(value) => set('roomId', value)}
              error={issue('roomId')}
              searchable
              clearable
            />
          </Group>
          {conflict && (
            <ConflictPanel
              conflict={conflict}
              names={names}
              overrideReason={overrideReason}
              onOverrideReason={setOverrideReason}
              overrideError={issue('override')}
              needing={needing}
              drafts={drafts}
              onDecision={(originalDate, draft) =>
                setDrafts((current) => ({ ...current, [originalDate]: draft }))
              }
            />
          )}
          {!conflict && <FormOutcome issues={issues} failure={failure} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('programmes.form.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('programmes.booking.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EditorModal>
  );
}
