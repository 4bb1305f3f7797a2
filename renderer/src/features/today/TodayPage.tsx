import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { PageHeader } from '../../components/PageHeader';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useToday } from '../../lib/useToday';
import { ClosedDayNotice } from './ClosedDayNotice';
import { DayNav } from './DayNav';
import { boardDate, dateSearch, dayMode } from './dayNav';
import { TodayBoard } from './TodayBoard';
import { TodayDate } from './TodayDate';

/** The reception's board: today's by default, another day from the address (#/today?date=2026-03-16). */
export function TodayPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = useToday(useCentreTimeZone());
  const [params, setParams] = useSearchParams();
  const date = boardDate(params.get('date'), today);
  const mode = dayMode(date, today);
  const show = (next: string) => setParams(new URLSearchParams(dateSearch(next, today)));
  return (
    <>
      <PageHeader title={mode === 'today' ? t('today.title') : t('attendance.board.nav.title')}>
        {mode === 'today' ? (
          <TodayDate />
        ) : (
          <span data-testid="board-date">{formatCalendarDate(date, language, 'full')}</span>
        )}
      </PageHeader>
      <Stack gap="md">
        <DayNav date={date} today={today} onDate={show} />
        {mode !== 'today' && (
          <Alert color={mode === 'past' ? 'yellow' : 'blue'} variant="light" data-testid="board-mode">
            {t(`attendance.board.nav.${mode}`)}
          </Alert>
        )}
        <ClosedDayNotice date={date} />
        {/* Keyed by the date, so that the board starts afresh on another day or when today turns over. */}
        <TodayBoard key={`${date}|${today}`} date={date} readOnly={mode === 'future'} />
      </Stack>
    </>
  );
}
