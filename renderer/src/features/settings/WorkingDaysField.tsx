import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../../../../shared/i18n/dates';
import { ISO_WEEKDAYS, type IsoWeekday } from '../../../../shared/domain/settings';
import { useLanguage } from '../../lib/languageContext';
import classes from './WorkingDaysField.module.css';

interface Props {
  value: readonly IsoWeekday[];
  onChange(days: IsoWeekday[]): void;
  error: string | undefined;
}

/** Seven checkboxes, Monday first as in Uzbekistan, in a group named "Working days". */
export function WorkingDaysField({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Checkbox.Group
      label={t('settings.workingDays')}
      value={value.map(String)}
      onChange={(checked) => onChange(ISO_WEEKDAYS.filter((day) => checked.includes(String(day))))}
      error={error}
    >
      <div className={classes.days}>
        {ISO_WEEKDAYS.map((day) => (
          <Checkbox
            key={day}
            value={String(day)}
            name="workingDays"
            label={weekdayName(day, language, 'long')}
          />
        ))}
      </div>
    </Checkbox.Group>
  );
}
