import { Group, Paper, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  CANCEL_REASONS,
  type CancelReason,
  type DecisionReason,
  type NeedingDecision,
} from '../../../../../shared/domain/scheduling';
import type { HolidayOrigin } from '../../../../../shared/domain/closures';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';
import { DateField } from '../../places/form/DateField';
import { closureName } from '../../places/format';
import { defaultDraft, type DecisionDraft, type DecisionDrafts } from './decisions';

export type DecisionField = 'date' | 'time' | 'note';

interface Props {
  needing: readonly NeedingDecision[];
  drafts: DecisionDrafts;
  onChange(originalDate: string, draft: DecisionDraft): void;
  /** The message for one field of one session's decision, or undefined. */
  errorOf?: (originalDate: string, field: DecisionField) => string | undefined;
}

/** Each session that falls on a closure or a leave, with skip (and why), move (where to) or keep (and why). */
export function DecisionList({ needing, drafts, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="decision-list">
      <Text fw={600}>{t('booking.conflict.decisionsTitle')}</Text>
      {needing.map((entry) => (
        <DecisionItem
          key={entry.occurrence.originalDate}
          entry={entry}
          draft={drafts[entry.occurrence.originalDate] ?? defaultDraft(entry)}
          onChange={(draft) => onChange(entry.occurrence.originalDate, draft)}
          errorOf={(field) => errorOf?.(entry.occurrence.originalDate, field)}
        />
      ))}
    </Stack>
  );
}

interface ItemProps {
  entry: NeedingDecision;
  draft: DecisionDraft;
  onChange(draft: DecisionDraft): void;
  errorOf(field: DecisionField): string | undefined;
}

function DecisionItem({ entry, draft, onChange, errorOf }: ItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { occurrence } = entry;
  const heading = t('booking.conflict.sessionOn', {
    date: formatCalendarDate(occurrence.date, language, 'full'),
    time: occurrence.startTime,
  });
  const set = (change: Partial<DecisionDraft>) => onChange({ ...draft, ...change });
  const id = `decision-${occurrence.originalDate}`;
  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby={`${id}-heading`}>
      <Text id={`${id}-heading`} fw={600} size="sm">
        {heading}
      </Text>
      {entry.reasons.map((reason) => (
        <Text key={reasonKey(reason)} size="sm" c="dimmed">
          {reasonText(reason, t)}
        </Text>
      ))}
      <Radio.Group
        mt="xs"
        label={t('booking.conflict.choice')}
        value={draft.choice}
        onChange={(value) => set({ choice: value as DecisionDraft['choice'] })}
      >
        <Group gap="md" mt={4}>
          {(['skip', 'move', 'keep'] as const).map((choice) => (
            <Radio key={choice} value={choice} label={t(`schedule.decisions.${choice}`)} />
          ))}
        </Group>
      </Radio.Group>
      {draft.choice === 'skip' && (
        <Group mt="xs" grow align="flex-start">
          <Select
            label={t('booking.conflict.skipReason')}
            data={CANCEL_REASONS.map((value) => ({ value, label: t(`schedule.cancelReasons.${value}`) }))}
            value={draft.reason}
            allowDeselect={false}
            onChange={(value) => value && set({ reason: value as CancelReason })}
          />
          <TextInput
            label={t('booking.conflict.note')}
            value={draft.note}
            onChange={(event) => set({ note: event.currentTarget.value })}
            error={errorOf('note')}
          />
        </Group>
      )}
      {draft.choice === 'move' && (
        <Group mt="xs" grow align="flex-start">
          <DateField
            label={t('booking.conflict.moveDate')}
            value={draft.date}
            onChange={(event) => set({ date: event.currentTarget.value })}
            error={errorOf('date')}
          />
          <TextInput
            label={t('booking.conflict.moveTime')}
            value={draft.time}
            placeholder="10:00"
            inputMode="numeric"
            autoComplete="off"
            onChange={(event) => set({ time: event.currentTarget.value })}
            error={errorOf('time')}
          />
        </Group>
      )}
      {draft.choice === 'keep' && (
        <TextInput
          mt="xs"
          label={t('booking.conflict.note')}
          value={draft.note}
          onChange={(event) => set({ note: event.currentTarget.value })}
          error={errorOf('note')}
        />
      )}
    </Paper>
  );
}

function reasonKey(reason: DecisionReason): string {
  return reason.kind === 'closure' ? `closure-${reason.closure.id}` : `absence-${reason.absence.id}`;
}

function reasonText(reason: DecisionReason, t: TFunction): string {
  if (reason.kind === 'closure') {
    // The backend sends the whole closure: a filled-in holiday is named in the person's language.
    const { holiday } = reason.closure as { holiday?: HolidayOrigin | null };
    return `${t('schedule.decisions.closure')}: ${closureName({ name: reason.closure.name, holiday: holiday ?? null }, t)}`;
  }
  return `${t('schedule.decisions.absence')}: ${t(`places.absenceKinds.${reason.absence.kind}`)}`;
}
