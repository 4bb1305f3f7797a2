import { SimpleGrid, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import { plannedAbsenceSchema, type PlannedAbsenceView } from '../../../../shared/contract/attendance';
import { invoke } from '../../api';
import { DateRangeList } from '../../components/dateRanges/DateRangeList';
import { Loaded } from '../../components/Loaded';
import { useLoad } from '../../lib/useLoad';
import { Card } from '../people/page/Card';
import { DateField } from '../places/form/DateField';
import { typedDateInput } from '../places/form/typedDate';

interface PlannedValues {
  from: string;
  to: string;
  reason: string;
  note: string;
}

const EMPTY: PlannedValues = { from: '', to: '', reason: '', note: '' };

/** The beneficiary's absences announced in advance ("will be away 3–10 March"), which pre-fill their marks. */
export function PlannedAbsencesCard({ beneficiaryId }: { beneficiaryId: number }) {
  const { t } = useTranslation();
  const load = useCallback(
    () => invoke('attendance.plannedAbsences.list', { beneficiaryId }),
    [beneficiaryId],
  );
  const { state, retry, update } = useLoad<PlannedAbsenceView[]>(load);
  return (
    <Card title={t('attendance.planned.title')}>
      <Loaded state={state} onRetry={retry}>
        {(absences) => (
          <PlannedAbsences
            beneficiaryId={beneficiaryId}
            absences={absences}
            onChange={(next) => update(() => next)}
          />
        )}
      </Loaded>
    </Card>
  );
}

interface Props {
  beneficiaryId: number;
  absences: PlannedAbsenceView[];
  onChange(absences: PlannedAbsenceView[]): void;
}

function PlannedAbsences({ beneficiaryId, absences, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <DateRangeList
      testId="planned-absences"
      items={absences}
      onChange={onChange}
      range={(absence) => [absence.from, absence.to]}
      columns={[
        { label: t('attendance.planned.reason'), cell: (absence) => absence.reason },
        { label: t('attendance.planned.note'), cell: (absence) => absence.note },
      ]}
      texts={{
        intro: t('attendance.planned.intro'),
        empty: t('attendance.planned.empty'),
        period: t('attendance.planned.period'),
        legend: t('attendance.planned.formTitle'),
        add: t('attendance.planned.add'),
        remove: t('attendance.planned.remove'),
        removeNamed: (period) => t('attendance.planned.removeAria', { period }),
        status: (kind, period) => t(`attendance.planned.${kind}`, { period }),
      }}
      remove={(absence) => invoke('attendance.plannedAbsences.remove', { id: absence.id })}
      form={{
        initial: EMPTY,
        schema: plannedAbsenceSchema,
        toInput: (typed): ChannelInput<'attendance.plannedAbsences.add'> => ({
          beneficiaryId,
          from: typedDateInput(typed.from),
          to: typedDateInput(typed.to),
          reason: typed.reason,
          note: typed.note,
        }),
        send: (input) =>
          invoke('attendance.plannedAbsences.add', input as ChannelInput<'attendance.plannedAbsences.add'>),
      }}
      fields={({ values, change, issue }) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField
              label={t('attendance.planned.from')}
              name="from"
              required
              value={values.from}
              onChange={(event) => change('from', event.currentTarget.value)}
              error={issue('from')}
            />
            <DateField
              label={t('attendance.planned.to')}
              name="to"
              required
              value={values.to}
              onChange={(event) => change('to', event.currentTarget.value)}
              error={issue('to')}
            />
          </SimpleGrid>
          <TextInput
            label={t('attendance.planned.reason')}
            name="reason"
            required
            placeholder={t('attendance.planned.reasonPlaceholder')}
            value={values.reason}
            maxLength={500}
            onChange={(event) => change('reason', event.currentTarget.value)}
            error={issue('reason')}
            autoComplete="off"
          />
          <TextInput
            label={t('attendance.planned.note')}
            name="note"
            value={values.note}
            maxLength={1000}
            onChange={(event) => change('note', event.currentTarget.value)}
            error={issue('note')}
            autoComplete="off"
          />
        </>
      )}
    />
  );
}
