import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useToday } from '../../lib/useToday';

/** Stands in for the date while the sentence is translated, so the date itself can be wrapped. */
const SLOT = '\u0000';

/** "Bugun shanba, 21-mart": the sentence from the catalogue, with the date marked for tests and styling. */
export function TodayDate() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const date = formatCalendarDate(useToday(useCentreTimeZone()), language, 'dayMonth');
  const parts = t('today.date', { date: SLOT }).split(SLOT);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <span data-testid="today-date">{date}</span>}
      {part}
    </Fragment>
  ));
}
