import { Alert, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceName } from '../../../../shared/domain/services';
import { Loaded } from '../../components/Loaded';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useMessageText } from '../../lib/message';
import { DayCountsBar } from './DayCountsBar';
import { RollCallDialog } from './RollCallDialog';
import { SessionCard } from './SessionCard';
import { dayCounts, filterSessions, singleMatch, timeOfDayIn } from './board';
import { useAttendanceDay } from './useAttendanceDay';
import './today.css';

/**
 * The reception's board for one date: counts, a search to check people in, and every session by time. A day
 * still to come is read only: nobody can have come yet.
 */
export function TodayBoard({ date, readOnly }: { date: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const zone = useCentreTimeZone();
  const board = useAttendanceDay(date);
  const [query, setQuery] = useState('');
  const [rollCallOf, setRollCallOf] = useState<number | null>(null);

  return (
    <Loaded state={board.state} onRetry={board.retry}>
      {({ day, services }) => {
        const sessions = filterSessions(day.sessions, query);
        // Only today's clock says when a child was collected; a past day has no "now" to record.
        const now = day.date === day.today ? () => timeOfDayIn(new Date(), zone) : null;
        const nameOf = (id: number) => {
          const service = services.find((s) => s.id === id);
          return service ? serviceName(service, language) : '';
        };
        const rollCallSession = day.sessions.find((s) => s.sessionId === rollCallOf);
        return (
          <Stack gap="md">
            <DayCountsBar counts={dayCounts(day.sessions)} />
            <Group align="flex-end">
              <TextInput
                type="search"
                label={t('attendance.board.search.label')}
                placeholder={t('attendance.board.search.placeholder')}
                description={readOnly ? undefined : t('attendance.board.search.hint')}
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter' || readOnly) return;
                  const match = singleMatch(day.sessions, query);
                  if (!match || board.busy) return;
                  void board
                    .mark({
                      sessionId: match.sessionId,
                      beneficiaryId: match.person.beneficiaryId,
                      mark: 'present',
                    })
                    .then((saved) => saved && setQuery(''));
                }}
                w={{ base: '100%', sm: 420 }}
              />
            </Group>
            {board.failure && (
              <Alert color="red" variant="light" withCloseButton onClose={board.clearFailure} role="alert">
                {text(board.failure)}
              </Alert>
            )}
            {day.sessions.length === 0 && <Text c="gray.7">{t('attendance.board.noSessions')}</Text>}
            {day.sessions.length > 0 && sessions.length === 0 && (
              <Text c="gray.7">{t('attendance.board.search.noMatch', { query: query.trim() })}</Text>
            )}
            {sessions.map((session) => (
              <SessionCard
                key={session.sessionId}
                session={session}
                serviceName={nameOf(session.serviceId)}
                busy={board.busy}
                readOnly={readOnly}
                onMark={board.mark}
                onRollCall={(s) => setRollCallOf(s.sessionId)}
                now={now}
              />
            ))}
            {rollCallSession && (
              <RollCallDialog
                session={rollCallSession}
                onClose={() => setRollCallOf(null)}
                onSave={board.rollCall}
              />
            )}
          </Stack>
        );
      }}
    </Loaded>
  );
}
