import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import type { DaySession } from '../../../../shared/contract/attendance';
import { PersonRow } from './PersonRow';
import { sessionTimes } from './board';

interface Props {
  session: DaySession;
  serviceName: string;
  busy: boolean;
  /** A day still to come: shown without anything to mark. */
  readOnly: boolean;
  onMark(input: ChannelInput<'attendance.mark'>): Promise<boolean>;
  onRollCall(session: DaySession): void;
  now: (() => string) | null;
}

/** One session of the day: when, what, who leads it, where, and everyone expected. */
export function SessionCard({ session, serviceName, busy, readOnly, onMark, onRollCall, now }: Props) {
  const { t } = useTranslation();
  const cancelled = session.status === 'cancelled';
  const headingId = `today-session-${session.sessionId}`;
  const facts = [
    session.specialistName,
    session.roomName,
    t('attendance.board.minutes', { count: session.minutes }),
  ].filter(Boolean);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="today-session"
    >
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id={headingId} td={cancelled ? 'line-through' : undefined}>
            <span className="imkon-today-time">{sessionTimes(session.startTime, session.minutes)}</span>{' '}
            {serviceName}
            {session.groupName && ` · ${session.groupName}`}
          </Title>
          <Text size="sm" c="gray.7">
            {facts.join(' · ')}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          {cancelled && (
            <Badge color="gray" variant="outline">
              {t('attendance.board.cancelledSession')}
            </Badge>
          )}
          {session.groupId !== null && !cancelled && !readOnly && session.people.length > 0 && (
            <Button
              size="sm"
              variant="light"
              aria-label={t('attendance.board.rollCall.openAria', { name: session.groupName ?? '' })}
              onClick={() => onRollCall(session)}
            >
              {t('attendance.board.rollCall.open')}
            </Button>
          )}
        </Group>
      </Group>
      {session.people.length === 0 ? (
        <Text c="gray.7">{t('attendance.board.noPeople')}</Text>
      ) : (
        <ul className="imkon-today-people">
          {session.people.map((person) => (
            <PersonRow
              key={person.beneficiaryId}
              session={session}
              person={person}
              busy={busy}
              markable={!readOnly && !cancelled}
              onMark={onMark}
              now={now}
            />
          ))}
        </ul>
      )}
    </Paper>
  );
}
