import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORM_FIELD, type AppErrorData, type FieldIssue } from '../../../../shared/contract';
import type {
  NoteSession,
  NoteSessionPerson,
  NoteTemplate,
  ProgressNote,
} from '../../../../shared/contract/notes';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { errorFieldIssues, invoke, issuesByField } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../lib/languageContext';
import { useMessageText, type Message } from '../../lib/message';
import { GoalRating } from './GoalRating';
import { appendText, checkNote, contentOf, type NoteValues } from './noteForm';

interface Props {
  session: NoteSession;
  person: NoteSessionPerson;
  onSaved(note: ProgressNote): void;
}

type Outcome =
  { kind: 'message'; message: Message; color: string } | { kind: 'failed'; error: AppErrorData } | null;

function initialValues(person: NoteSessionPerson): NoteValues {
  const ratings: NoteValues['ratings'] = {};
  for (const goal of person.goals)
    ratings[goal.goalId] = person.note?.ratings.find((r) => r.goalId === goal.goalId)?.level ?? null;
  return {
    whatWasDone: person.note?.whatWasDone ?? '',
    observations: person.note?.observations ?? '',
    ratings,
  };
}

/** A draft note: a template or the last note to start from, the texts, the goals' levels; saved or signed. */
export function NoteForm({ session, person, onSaved }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = useMessageText();
  const [values, setValues] = useState(() => initialValues(person));
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [templates, setTemplates] = useState<NoteTemplate[]>([]);
  const [templateTitle, setTemplateTitle] = useState('');

  useEffect(() => {
    let current = true;
    void invoke('notes.templates.list', { serviceId: session.serviceId }).then((result) => {
      if (current && result.ok) setTemplates(result.value);
    });
    return () => {
      current = false;
    };
  }, [session.serviceId]);

  const change = (patch: Partial<NoteValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setIssues((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch))),
    );
    setOutcome(null);
  };

  const applyTemplate = (id: string | null) => {
    const template = templates.find((item) => String(item.id) === id);
    if (!template) return;
    change({
      whatWasDone: appendText(values.whatWasDone, template.whatWasDone),
      observations: appendText(values.observations, template.observations),
    });
  };

  const copyLast = async () => {
    const result = await invoke('notes.lastFor', {
      sessionId: session.sessionId,
      beneficiaryId: person.beneficiaryId,
    });
    if (!result.ok) return setOutcome({ kind: 'failed', error: result.error });
    const last = result.value;
    if (!last) return setOutcome({ kind: 'message', message: { key: 'notes.editor.noLast' }, color: 'gray' });
    const ratings = { ...values.ratings };
    for (const rating of last.ratings) if (rating.goalId in ratings) ratings[rating.goalId] = rating.level;
    change({
      whatWasDone: appendText(values.whatWasDone, last.whatWasDone),
      observations: appendText(values.observations, last.observations),
      ratings,
    });
    setOutcome({
      kind: 'message',
      message: {
        key: 'notes.editor.copiedFrom',
        params: { date: formatCalendarDate(last.date, language, 'long') },
      },
      color: 'blue',
    });
  };

  const save = async (sign: boolean) => {
    const content = contentOf(session.sessionId, person.beneficiaryId, values);
    const found = checkNote(content, sign);
    if (Object.keys(found).length > 0) {
      setIssues(found);
      setConfirming(false);
      return;
    }
    if (sign && !confirming) return setConfirming(true);
    setConfirming(false);
    setBusy(true);
    const result = await invoke(sign ? 'notes.sign' : 'notes.saveDraft', content);
    setBusy(false);
    if (result.ok) {
      onSaved(result.value);
      setOutcome({
        kind: 'message',
        message: { key: sign ? 'notes.editor.signedDone' : 'notes.editor.saved' },
        color: 'green',
      });
    } else if (result.error.code === 'VALIDATION') setIssues(issuesByField(errorFieldIssues(result.error)));
    else if (result.error.code === 'CONFLICT' && typeof result.error.details?.['problem'] === 'string')
      setOutcome({
        kind: 'message',
        message: { key: `notes.conflict.${result.error.details['problem']}` },
        color: 'red',
      });
    else setOutcome({ kind: 'failed', error: result.error });
  };

  const saveTemplate = async () => {
    const result = await invoke('notes.templates.save', {
      serviceId: session.serviceId,
      title: templateTitle,
      whatWasDone: values.whatWasDone,
      observations: values.observations,
    });
    if (result.ok) {
      setTemplates((list) => [...list.filter((item) => item.id !== result.value.id), result.value]);
      setTemplateTitle('');
      setOutcome({ kind: 'message', message: { key: 'notes.editor.templateSaved' }, color: 'green' });
    } else if (result.error.code === 'VALIDATION') setIssues(issuesByField(errorFieldIssues(result.error)));
    else setOutcome({ kind: 'failed', error: result.error });
  };

  const issue = (field: string) => (issues[field] ? text(issues[field]) : undefined);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
    >
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <Select
            label={t('notes.editor.template')}
            placeholder={templates.length === 0 ? t('notes.editor.noTemplates') : undefined}
            data={templates.map((item) => ({ value: String(item.id), label: item.title }))}
            disabled={templates.length === 0}
            value={null}
            onChange={applyTemplate}
            w={300}
          />
          <Button variant="default" onClick={() => void copyLast()}>
            {t('notes.editor.copyLast')}
          </Button>
        </Group>
        <Textarea
          name="whatWasDone"
          label={t('notes.editor.whatWasDone')}
          autosize
          minRows={3}
          value={values.whatWasDone}
          onChange={(event) => change({ whatWasDone: event.currentTarget.value })}
          error={issue('whatWasDone')}
        />
        <Textarea
          name="observations"
          label={t('notes.editor.observations')}
          autosize
          minRows={3}
          value={values.observations}
          onChange={(event) => change({ observations: event.currentTarget.value })}
          error={issue('observations')}
        />
        <section aria-labelledby="note-goals">
          <Title order={2} fz="h4" id="note-goals">
            {t('notes.editor.goals')}
          </Title>
          {person.goals.length === 0 ? (
            <Text c="dimmed">{t('notes.editor.noGoals')}</Text>
          ) : (
            <Stack gap="md" mt="xs">
              <Text fz="sm" c="dimmed">
                {t('notes.editor.goalsHint')}
              </Text>
              {issues['ratings'] && <Alert color="red">{text(issues['ratings'])}</Alert>}
              {person.goals.map((goal) => (
                <GoalRating
                  key={goal.goalId}
                  goal={goal}
                  value={values.ratings[goal.goalId] ?? null}
                  onChange={(level) => change({ ratings: { ...values.ratings, [goal.goalId]: level } })}
                />
              ))}
            </Stack>
          )}
        </section>
        {issues[FORM_FIELD] && <Alert color="red">{text(issues[FORM_FIELD])}</Alert>}
        {outcome?.kind === 'message' && (
          <Alert color={outcome.color} role="status">
            {text(outcome.message)}
          </Alert>
        )}
        {outcome?.kind === 'failed' && <ErrorAlert error={outcome.error} />}
        <Group gap="sm">
          <Button type="submit" variant="default" loading={busy}>
            {t('notes.editor.saveDraft')}
          </Button>
          <Button onClick={() => void save(true)} loading={busy}>
            {t('notes.editor.sign')}
          </Button>
        </Group>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('notes.editor.templateTitle')}
            value={templateTitle}
            onChange={(event) => setTemplateTitle(event.currentTarget.value)}
            error={issue('title')}
            w={300}
          />
          <Button variant="subtle" onClick={() => void saveTemplate()} disabled={templateTitle.trim() === ''}>
            {t('notes.editor.saveAsTemplate')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('notes.editor.signTitle')}
        centered
      >
        <Text mb="md">{t('notes.editor.signText')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('notes.editor.cancel')}
          </Button>
          <Button onClick={() => void save(true)} loading={busy}>
            {t('notes.editor.sign')}
          </Button>
        </Group>
      </Modal>
    </form>
  );
}
