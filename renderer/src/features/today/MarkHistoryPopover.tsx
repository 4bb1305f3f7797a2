import { Button, Group, List, Popover, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkHistory, MarkSnapshot } from '../../../../shared/contract/attendance';
import { invoke } from '../../api';
import { useCentreTimeZone } from '../../lib/centreContext';
import { calendarDateIn } from '../../lib/zonedDate';
import { useMessageText, type Message } from '../../lib/message';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { useLanguage } from '../../lib/languageContext';
import { timeOfDayIn } from './board';
import { errorMessage } from './useAttendanceDay';

interface Props {
  sessionId: number;
  beneficiaryId: number;
  name: string;
}

/** The corrections of one mark, loaded when asked for: who changed what, and when. */
export function MarkHistoryPopover({ sessionId, beneficiaryId, name }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const zone = useCentreTimeZone();
  const [history, setHistory] = useState<MarkHistory | null>(null);
  const [failure, setFailure] = useState<Message | null>(null);
  const [opened, setOpened] = useState(false);

  async function open() {
    setOpened((o) => !o);
    const result = await invoke('attendance.history', { sessionId, beneficiaryId });
    if (result.ok) setHistory(result.value);
    else setFailure(errorMessage(result.error));
  }

  const snapshot = (mark: MarkSnapshot | null) =>
    mark ? t(`attendance.marks.${mark.mark}`) : t('attendance.board.history.notMarked');
  const when = (instant: string) => {
    const date = new Date(instant);
    return `${formatCalendarDate(calendarDateIn(date, zone), language, 'dayMonth')}, ${timeOfDayIn(date, zone)}`;
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      shadow="md"
      width={340}
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="subtle"
          aria-label={t('attendance.board.aria.history', { name })}
          onClick={() => void open()}
        >
          {t('attendance.board.actions.history')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={600} mb="xs">
          {t('attendance.board.history.title')}
        </Text>
        {failure && <Text c="red.8">{text(failure)}</Text>}
        {history && history.changes.length === 0 && <Text>{t('attendance.board.history.empty')}</Text>}
        {history && history.changes.length > 0 && (
          <List size="sm" spacing={4}>
            {history.changes.map((change) => (
              <List.Item key={change.changedAt}>
                {when(change.changedAt)}: {snapshot(change.before)} → {snapshot(change.after)}
              </List.Item>
            ))}
          </List>
        )}
        <Group justify="flex-end" mt="sm">
          <Button size="compact-sm" variant="default" onClick={() => setOpened(false)}>
            {t('attendance.board.history.close')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
