import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import type { DayPerson, DaySession } from '../../../../shared/contract/attendance';
import { ABSENT_MARKS, isAttended, type Mark } from '../../../../shared/domain/attendance';
import { AbsentPopover } from './AbsentPopover';
import { MarkHistoryPopover } from './MarkHistoryPopover';
import { shownMark } from './board';

const COLOURS: Record<Mark, string> = {
  present: 'green',
  late: 'yellow',
  absent_excused: 'blue',
  absent_unexcused: 'red',
  cancelled_by_centre: 'gray',
};

interface Props {
  session: DaySession;
  person: DayPerson;
  busy: boolean;
  /** False on a cancelled session and on a day still to come: the row shows the status only. */
  markable: boolean;
  onMark(input: ChannelInput<'attendance.mark'>): Promise<boolean>;
  /** "HH:MM" now, for a day-care child collected; null on another day than today. */
  now: (() => string) | null;
}

/** One expected person: their status as words and times, and a button per mark. */
export function PersonRow({ session, person, busy, markable, onMark, now }: Props) {
  const { t } = useTranslation();
  const mark = shownMark(person);
  const recorded = person.mark;
  const key = { sessionId: session.sessionId, beneficiaryId: person.beneficiaryId };
  const name = person.name;
  const send = (next: Mark, fields: Partial<ChannelInput<'attendance.mark'>> = {}) =>
    void onMark({ ...key, mark: next, ...fields });
  const reason = recorded?.reason || (!recorded && person.expected?.reason) || '';
  const planned = !recorded && person.expected?.plannedAbsenceId != null;

  return (
    <li className="imkon-today-person" data-testid="today-person" data-mark={mark ?? 'none'}>
      <div className="imkon-today-person-main">
        <Text fw={600}>{name}</Text>
        <Group gap={6} wrap="wrap">
          <Badge
            color={mark ? COLOURS[mark] : 'gray'}
            variant={recorded ? 'filled' : 'outline'}
            radius="sm"
            tt="none"
            size="md"
          >
            {planned
              ? t('attendance.board.status.expectedPlanned')
              : mark
                ? t(`attendance.marks.${mark}`)
                : t('attendance.board.status.none')}
          </Badge>
          {recorded?.arrivedAt && (
            <Text size="sm" c="gray.8">
              {t('attendance.board.status.arrivedAt', { time: recorded.arrivedAt })}
            </Text>
          )}
          {recorded?.departedAt && (
            <Text size="sm" c="gray.8">
              {t('attendance.board.status.leftAt', { time: recorded.departedAt })}
            </Text>
          )}
          {reason && (
            <Text size="sm" c="gray.7">
              — {reason}
            </Text>
          )}
        </Group>
      </div>
      <Group gap={6} wrap="wrap" justify="flex-end">
        {markable && (
          <>
            <Button
              size="compact-sm"
              color="green.8"
              variant={recorded?.mark === 'present' ? 'filled' : 'default'}
              disabled={busy}
              aria-label={t('attendance.board.aria.arrived', { name })}
              onClick={() => send('present')}
            >
              {t('attendance.board.actions.arrived')}
            </Button>
            <Button
              size="compact-sm"
              color="orange.8"
              variant={recorded?.mark === 'late' ? 'filled' : 'default'}
              disabled={busy}
              aria-label={t('attendance.board.aria.late', { name })}
              onClick={() => send('late')}
            >
              {t('attendance.board.actions.late')}
            </Button>
            {session.dayCare && now && recorded && isAttended(recorded.mark) && (
              <Button
                size="compact-sm"
                variant={recorded.departedAt ? 'filled' : 'default'}
                disabled={busy}
                aria-label={t('attendance.board.aria.left', { name })}
                onClick={() => send(recorded.mark, { departedAt: now() })}
              >
                {t('attendance.board.actions.left')}
              </Button>
            )}
            <AbsentPopover
              name={name}
              disabled={busy}
              active={recorded !== null && ABSENT_MARKS.includes(recorded.mark)}
              onSave={(absent, why) => onMark({ ...key, mark: absent, reason: why })}
            />
            <Button
              size="compact-sm"
              variant="default"
              disabled={busy}
              aria-label={t('attendance.board.aria.cancelled', { name })}
              onClick={() => send('cancelled_by_centre')}
            >
              {t('attendance.board.actions.cancelled')}
            </Button>
          </>
        )}
        {recorded && <MarkHistoryPopover {...key} name={name} />}
      </Group>
    </li>
  );
}
