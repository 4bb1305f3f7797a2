import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCHEDULE_ARRANGEMENTS, type ScheduleArrangement } from '../../../../shared/contract/documents';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { useLanguage } from '../../lib/languageContext';
import { recentMonths, type ReportField, type ReportForm } from './reportForm';

interface Props {
  form: ReportForm;
  today: string;
  missing: ReportField | null;
  change(patch: Partial<ReportForm>): void;
}

/** When the document is about: a month for the register, a day for the schedule, a period for the summary. */
export function PeriodFields({ form, today, missing, change }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const error = (field: ReportField) => (missing === field ? t('reports.required') : undefined);
  if (form.document === 'register')
    return (
      <NativeSelect
        label={t('reports.month')}
        value={form.month}
        onChange={(event) => change({ month: event.currentTarget.value })}
        data={recentMonths(today).map((month) => ({
          value: month,
          label: formatCalendarDate(`${month}-01`, language, 'monthYear'),
        }))}
      />
    );
  if (form.document === 'daySchedule')
    return (
      <>
        <TextInput
          type="date"
          label={t('reports.day')}
          required
          value={form.day}
          error={error('day')}
          onChange={(event) => change({ day: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('reports.arrangement')}
          value={form.arrangement}
          onChange={(event) => change({ arrangement: event.currentTarget.value as ScheduleArrangement })}
          data={SCHEDULE_ARRANGEMENTS.map((arrangement) => ({
            value: arrangement,
            label: t(`reports.arrangements.${arrangement}`),
          }))}
        />
      </>
    );
  return (
    <>
      <TextInput
        type="date"
        label={t('reports.from')}
        required
        value={form.from}
        error={error('from')}
        onChange={(event) => change({ from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('reports.to')}
        required
        value={form.to}
        error={error('to')}
        onChange={(event) => change({ to: event.currentTarget.value })}
      />
    </>
  );
}
