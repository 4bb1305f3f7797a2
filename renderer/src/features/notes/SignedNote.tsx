import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, FieldIssue } from '../../../../shared/contract';
import { amendmentSchema, type NoteGoal, type ProgressNote } from '../../../../shared/contract/notes';
import { fieldIssues } from '../../../../shared/contract';
import { formatGasLevel } from '../../../../shared/domain/notes';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { errorFieldIssues, invoke, issuesByField } from '../../api';
import { useCan } from '../../app/useCan';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../lib/languageContext';
import { useMessageText } from '../../lib/message';

interface Props {
  note: ProgressNote;
  goals: NoteGoal[];
  onAmended(note: ProgressNote): void;
}

/** A signed note as it was signed, its amendments below it, and a box to add one. */
export function SignedNote({ note, goals, onAmended }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message = useMessageText();
  const [amendment, setAmendment] = useState('');
  const [issue, setIssue] = useState<FieldIssue | null>(null);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  // A manager reads a signed note and its amendments; only notes.write adds one.
  const writes = useCan('notes.write');
  const when = (instant: string) => formatCalendarDate(new Date(instant), language, 'long');

  const add = async () => {
    const input = { noteId: note.id, text: amendment };
    const parsed = amendmentSchema.safeParse(input);
    if (!parsed.success) return setIssue(fieldIssues(parsed.error, input)['text'] ?? null);
    setBusy(true);
    const result = await invoke('notes.amend', input);
    setBusy(false);
    if (result.ok) {
      setAmendment('');
      setFailure(null);
      onAmended(result.value);
    } else if (result.error.code === 'VALIDATION')
      setIssue(issuesByField(errorFieldIssues(result.error))['text'] ?? null);
    else setFailure(result.error);
  };

  const goalName = (goalId: number) => goals.find((g) => g.goalId === goalId)?.goal ?? `#${goalId}`;

  return (
    <Stack gap="md">
      <Card withBorder>
        <Stack gap="sm">
          <Text fz="sm" c="dimmed">
            {note.signedByName
              ? t('notes.editor.signedOn', {
                  date: when(note.signedAt ?? note.updatedAt),
                  name: note.signedByName,
                })
              : t('notes.editor.signedOnBy', { date: when(note.signedAt ?? note.updatedAt) })}
          </Text>
          <div>
            <Title order={2} fz="h5">
              {t('notes.editor.whatWasDone')}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{note.whatWasDone}</Text>
          </div>
          {note.observations && (
            <div>
              <Title order={2} fz="h5">
                {t('notes.editor.observations')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{note.observations}</Text>
            </div>
          )}
          {note.ratings.length > 0 && (
            <div>
              <Title order={2} fz="h5">
                {t('notes.editor.goals')}
              </Title>
              <ul>
                {note.ratings.map((rating) => (
                  <li key={rating.goalId}>
                    <Text span fw={700}>
                      {formatGasLevel(rating.level)}
                    </Text>{' '}
                    {goalName(rating.goalId)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Stack>
      </Card>
      {(writes || note.amendments.length > 0) && (
        <section aria-labelledby="note-amendments">
          <Title order={2} fz="h4" id="note-amendments">
            {t('notes.editor.amendments')}
          </Title>
          <Stack gap="xs" mt="xs">
            {note.amendments.map((item) => (
              <Card key={item.id} withBorder padding="sm">
                <Text fz="xs" c="dimmed">
                  {item.authorName
                    ? t('notes.editor.amendedOn', { date: when(item.createdAt), name: item.authorName })
                    : t('notes.editor.amendedOnAnon', { date: when(item.createdAt) })}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{item.text}</Text>
              </Card>
            ))}
            {writes && (
              <Textarea
                label={t('notes.editor.amendmentText')}
                autosize
                minRows={2}
                value={amendment}
                onChange={(event) => {
                  setAmendment(event.currentTarget.value);
                  setIssue(null);
                }}
                error={issue ? message(issue) : undefined}
              />
            )}
            {failure && <ErrorAlert error={failure} />}
            {writes && (
              <Group>
                <Button variant="default" onClick={() => void add()} loading={busy}>
                  {t('notes.editor.addAmendment')}
                </Button>
              </Group>
            )}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
