import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionClashes } from '../../../../../shared/contract/schedule';
import type { Clash } from '../../../../../shared/domain/scheduling';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useCentreTimeZone } from '../../../lib/centreContext';
import { useLanguage } from '../../../lib/languageContext';
import { useMessageText } from '../../../lib/message';
import { clashedWithMessage, clashMessage, sessionsClashedWith } from './clashText';
import type { ConflictNames } from './names';

interface ClashItemsProps {
  clashes: readonly Clash[];
  names: ConflictNames;
}

/** The clashes of one session, hard ones first, each with the booked sessions it clashes with. */
export function ClashItems({ clashes, names }: ClashItemsProps) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const timeZone = useCentreTimeZone();
  const ordered = [...clashes].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'hard' ? -1 : 1,
  );
  return (
    <List spacing={6} listStyleType="none" ml={0} pl={0} data-testid="clash-items">
      {ordered.map((clash, index) => (
        <List.Item key={`${clash.kind}-${index}`} data-severity={clash.severity}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge
              color={clash.severity === 'hard' ? 'red' : 'orange'}
              variant="light"
              tt="none"
              miw="fit-content"
              style={{ flexShrink: 0 }}
              title={t(`schedule.severity.${clash.severity}`)}
            >
              {t(`booking.conflict.${clash.severity}`)}
            </Badge>
            <Stack gap={2}>
              <Text size="sm">{text(clashMessage(clash, language))}</Text>
              {sessionsClashedWith(clash).map((session) => {
                const described = clashedWithMessage(session, names, timeZone, language);
                return (
                  <Text key={session.id} size="sm" c="dimmed">
                    {text(described.main)}
                    {described.room && `, ${text(described.room)}`}
                  </Text>
                );
              })}
            </Stack>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

interface ClashListProps {
  /** Per session, as the CONFLICT details give them; sessions without clashes are left out. */
  sessions: readonly SessionClashes[];
  names: ConflictNames;
}

/** The clashes of a booking, move or edit, grouped under the date and time of each session that has some. */
export function ClashList({ sessions, names }: ClashListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const withClashes = sessions.filter((entry) => entry.clashes.length > 0);
  return (
    <Stack gap="sm" data-testid="clash-list">
      {withClashes.map((entry) => {
        const label = t('booking.conflict.sessionOn', {
          date: formatCalendarDate(entry.date, language, 'full'),
          time: entry.startTime,
        });
        return (
          <section key={`${entry.originalDate ?? ''}-${entry.date}-${entry.startTime}`} aria-label={label}>
            <Text fw={600} size="sm" mb={4}>
              {label}
            </Text>
            <ClashItems clashes={entry.clashes} names={names} />
          </section>
        );
      })}
    </Stack>
  );
}
