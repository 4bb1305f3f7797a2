import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../../shared/contract';
import { absenceInputSchema } from '../../../../../shared/contract/places/staff';
import { ABSENCE_KINDS, type Absence, type AbsenceKind } from '../../../../../shared/domain/staff';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { invoke } from '../../../api';
import { DateRangeList } from '../../../components/dateRanges/DateRangeList';
import { useLanguage } from '../../../lib/languageContext';
import { dayCount } from '../format';
import { DateField } from '../form/DateField';
import { typedDateInput } from '../form/typedDate';

interface AbsenceValues {
  kind: AbsenceKind;
  startDate: string;
  endDate: string;
  note: string;
}

const EMPTY: AbsenceValues = { kind: 'leave', startDate: '', endDate: '', note: '' };

interface Props {
  staffId: number;
  absences: Absence[];
  onChange(absences: Absence[]): void;
}

/** Leave and other absences: each is saved on its own, at once, apart from the details form. */
export function AbsencesPanel({ staffId, absences, onChange }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <DateRangeList
      items={absences}
      onChange={onChange}
      range={(absence) => [absence.startDate, absence.endDate]}
      columns={[
        {
          label: t('places.absences.days'),
          align: 'right',
          cell: (absence) => formatNumber(dayCount(absence.startDate, absence.endDate), language),
        },
        { label: t('places.absences.kind'), cell: (absence) => t(`places.absenceKinds.${absence.kind}`) },
        { label: t('places.absences.note'), cell: (absence) => absence.note },
      ]}
      texts={{
        intro: t('places.absences.intro'),
        empty: t('places.absences.empty'),
        period: t('places.absences.period'),
        legend: t('places.absences.add'),
        add: t('places.absences.add'),
        remove: t('places.actions.delete'),
        removeNamed: (dates) => t('places.absences.removeNamed', { dates }),
        status: (kind) => t(`places.absences.${kind}`),
      }}
      remove={(absence) => invoke('staff.absences.remove', { id: absence.id })}
      form={{
        initial: EMPTY,
        schema: absenceInputSchema,
        toInput: (typed): ChannelInput<'staff.absences.add'> => ({
          staffId,
          kind: typed.kind,
          startDate: typedDateInput(typed.startDate),
          endDate: typedDateInput(typed.endDate),
          note: typed.note,
        }),
        send: (input) => invoke('staff.absences.add', input as ChannelInput<'staff.absences.add'>),
      }}
      fields={({ values, change, issue }) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('places.absences.kind')}
              value={values.kind}
              onChange={(event) => change('kind', event.currentTarget.value as AbsenceKind)}
              error={issue('kind')}
              data={ABSENCE_KINDS.map((kind) => ({ value: kind, label: t(`places.absenceKinds.${kind}`) }))}
            />
            <DateField
              label={t('places.absences.startDate')}
              value={values.startDate}
              onChange={(event) => change('startDate', event.currentTarget.value)}
              error={issue('startDate')}
            />
            <DateField
              label={t('places.absences.endDate')}
              value={values.endDate}
              onChange={(event) => change('endDate', event.currentTarget.value)}
              error={issue('endDate')}
            />
          </SimpleGrid>
          <TextInput
            label={t('places.absences.note')}
            value={values.note}
            onChange={(event) => change('note', event.currentTarget.value)}
            error={issue('note')}
            autoComplete="off"
          />
        </>
      )}
    />
  );
}
