import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCHEDULE_ARRANGEMENTS, type ScheduleArrangement } from '../../../../shared/contract/documents';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { useLanguage } from '../../lib/languageContext';
import { DateValueField } from '../places/form/DateValueField';
import { recentMonths, type ReportField, type ReportForm } from './reportForm';

interface Props {
  form: ReportForm;
  today: string;
  missing: ReportField | null;
  change(patch: Partial<ReportForm>): void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** When the document is about: a month for the register, a day for the schedule, a period for the summary. */
export function PeriodFields({ form, today, missing, change }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const error = (field: ReportField) => (missing === field ? t('reports.required') : undefined);
  // A text that is not a date leaves the form's date empty, so Save asks for it and the field says why.
  const date = (field: 'day' | 'from' | 'to') => ({
    label: t(`reports.${field}`),
    required: true,
    value: ISO_DATE.test(form[field]) ? form[field] : '',
    missing: error(field),
    onChange: (typed: string | null) => change({ [field]: typed ?? '' }),
  });
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
        <DateValueField key="day" {...date('day')} />
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
      <DateValueField key="from" {...date('from')} />
      <DateValueField key="to" {...date('to')} />
    </>
  );
}
