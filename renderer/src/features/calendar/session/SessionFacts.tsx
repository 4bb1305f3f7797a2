import { Badge, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetails } from '../../../../../shared/contract/schedule';
import { formatPhone } from '../../../../../shared/domain/phone';
import { addMinutesToLocal } from '../../../../../shared/domain/scheduling';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';
import { useMessageText } from '../../../lib/message';
import { countMessage, endMessage, exceptionMessage, repeatMessage } from './seriesText';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} mb="xs">
        {children}
      </Text>
    </>
  );
}

/** What is known about one session, as a description list: terms a screen reader reads before their values. */
export function SessionFacts({ session }: { session: SessionDetails }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const end = addMinutesToLocal(session.date, session.startTime, session.minutes);
  const { series } = session;
  const exception = series && exceptionMessage(series, language);
  return (
    <dl className="imkon-session-facts" data-testid="session-facts">
      <Fact term={t('sessionActions.details.when')}>
        {t('sessionActions.details.whenValue', {
          date: formatCalendarDate(session.date, language, 'full'),
          start: session.startTime,
          end: end.time,
          minutes: session.minutes,
        })}
      </Fact>
      <Fact term={t('sessionActions.details.people')}>
        {session.beneficiaries.map((person) => person.name).join(', ')}
      </Fact>
      {session.mother && (
        <Fact term={t('sessionActions.details.mother')}>
          {session.mother.phone
            ? `${session.mother.name}, ${formatPhone(session.mother.phone)}`
            : session.mother.name}
        </Fact>
      )}
      <Fact term={t('sessionActions.details.specialist')}>{session.specialist.name}</Fact>
      <Fact term={t('sessionActions.details.room')}>
        {session.room?.name ?? t('sessionActions.fields.noRoom')}
      </Fact>
      <Fact term={t('sessionActions.details.status')}>
        {session.status === 'cancelled' ? (
          <>
            <Badge color="red" variant="light" mr="xs">
              {t('sessionActions.status.cancelled')}
            </Badge>
            {session.cancelReason && t(`schedule.cancelReasons.${session.cancelReason}`)}
            {session.cancelNote && ` — ${session.cancelNote}`}
          </>
        ) : (
          <Badge color="green" variant="light">
            {t('sessionActions.status.scheduled')}
          </Badge>
        )}
      </Fact>
      {session.notes && <Fact term={t('sessionActions.details.notes')}>{session.notes}</Fact>}
      {series && (
        <Fact term={t('sessionActions.details.series')}>
          {text(repeatMessage(series, language))}; {text(endMessage(series, language))}
          <br />
          {text(countMessage(series))}
          {exception && (
            <>
              <br />
              <strong>{text(exception)}</strong>
            </>
          )}
        </Fact>
      )}
    </dl>
  );
}
