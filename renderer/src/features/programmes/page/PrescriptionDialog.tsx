import { Group, NumberInput, Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { Prescription } from '../../../../../shared/domain/programmes';
import { invoke } from '../../../api';
import { useLanguage } from '../../../lib/languageContext';
import { useRecordOptions, type CalendarRecords } from '../../calendar/filters/calendarRecords';
import { EditorDialog } from '../../places/form/EditorDialog';
import { useEditorForm } from '../../places/form/useEditorForm';
import type { ProgrammeState } from './useProgramme';

interface Values {
  serviceId: string | null;
  sessionsPerWeek: number | string;
  weeks: number | string;
  minutes: number | string;
  specialistId: string | null;
  notes: string;
}

const idOf = (value: string | null) => (value === null ? undefined : Number(value));
const numberOf = (value: number | string) => (typeof value === 'number' ? value : undefined);

/** A service prescribed: how many sessions a week, for how many weeks, how long each, and by whom. */
export function PrescriptionDialog({
  programmeId,
  prescription,
  records,
  state,
  onClose,
}: {
  programmeId: number;
  prescription: Prescription | null;
  records: CalendarRecords;
  state: ProgrammeState;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const options = useRecordOptions(records, language);
  const form = useEditorForm({
    initial: {
      serviceId: prescription ? String(prescription.serviceId) : null,
      sessionsPerWeek: prescription?.sessionsPerWeek ?? 2,
      weeks: prescription?.weeks ?? 12,
      minutes: prescription?.minutes ?? 30,
      specialistId: prescription?.specialistId ? String(prescription.specialistId) : null,
      notes: prescription?.notes ?? '',
    } satisfies Values as Values,
    schema: prescription
      ? contract['programmes.updatePrescription'].input
      : contract['programmes.addPrescription'].input,
    toInput: (values: Values) => ({
      ...(prescription ? { prescriptionId: prescription.id } : { programmeId }),
      serviceId: idOf(values.serviceId),
      sessionsPerWeek: numberOf(values.sessionsPerWeek),
      weeks: numberOf(values.weeks),
      minutes: numberOf(values.minutes),
      specialistId: idOf(values.specialistId) ?? null,
      notes: values.notes,
    }),
    send: (input) =>
      prescription
        ? invoke(
            'programmes.updatePrescription',
            input as Parameters<typeof invoke<'programmes.updatePrescription'>>[1],
          )
        : invoke(
            'programmes.addPrescription',
            input as Parameters<typeof invoke<'programmes.addPrescription'>>[1],
          ),
    onSaved: (saved) => {
      state.apply(saved);
      onClose();
    },
  });
  const { values, set, issue } = form;
  return (
    <EditorDialog
      title={t(prescription ? 'programmes.prescription.titleEdit' : 'programmes.prescription.titleAdd')}
      form={form}
      onClose={onClose}
    >
      <Select
        label={t('programmes.prescription.service')}
        data={options.services(prescription?.serviceId ?? null)}
        value={values.serviceId}
        onChange={(value) => set('serviceId', value)}
        error={issue('serviceId')}
        searchable
        withAsterisk
        data-autofocus
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t('programmes.prescription.perWeek')}
          min={1}
          max={7}
          allowDecimal={false}
          value={values.sessionsPerWeek}
          onChange={(value) => set('sessionsPerWeek', value)}
          error={issue('sessionsPerWeek')}
          withAsterisk
        />
        <NumberInput
          label={t('programmes.prescription.weeks')}
          min={1}
          max={104}
          allowDecimal={false}
          value={values.weeks}
          onChange={(value) => set('weeks', value)}
          error={issue('weeks')}
          withAsterisk
        />
        <NumberInput
          label={t('programmes.prescription.minutes')}
          min={1}
          max={720}
          allowDecimal={false}
          value={values.minutes}
          onChange={(value) => set('minutes', value)}
          error={issue('minutes')}
          withAsterisk
        />
      </Group>
      <Select
        label={t('programmes.prescription.specialist')}
        placeholder={t('programmes.prescription.anySpecialist')}
        data={options.staff(prescription?.specialistId ?? null)}
        value={values.specialistId}
        onChange={(value) => set('specialistId', value)}
        error={issue('specialistId')}
        searchable
        clearable
      />
      <Textarea
        label={t('programmes.prescription.notes')}
        autosize
        minRows={1}
        value={values.notes}
        onChange={(event) => set('notes', event.currentTarget.value)}
        error={issue('notes')}
      />
    </EditorDialog>
  );
}
