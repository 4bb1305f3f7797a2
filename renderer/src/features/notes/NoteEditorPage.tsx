import { Alert, Anchor, Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { NoteSession, ProgressNote } from '../../../../shared/contract/notes';
import { serviceName } from '../../../../shared/domain/services';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { useCan } from '../../app/useCan';
import { invoke } from '../../api';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';
import { useCalendarRecords } from '../calendar/filters/calendarRecords';
import { NoteForm } from './NoteForm';
import { SignedNote } from './SignedNote';

/** A session's notes: one person at a time (a group session has several), as a draft form or signed. */
export function NoteEditorPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sessionId = Number(useParams().sessionId);
  const [search, setSearch] = useSearchParams();
  const records = useCalendarRecords();
  const load = useCallback(() => invoke('notes.forSession', { sessionId }), [sessionId]);
  const { state, retry, update } = useLoad(load);
  // A manager reads notes but does not write them: a note not signed yet is no form for them to fill in.
  const writes = useCan('notes.write');

  const replaceNote = (note: ProgressNote) =>
    update((session) => ({
      ...session,
      people: session.people.map((p) => (p.beneficiaryId === note.beneficiaryId ? { ...p, note } : p)),
    }));

  const heading = (session: NoteSession) => {
    const service = records?.services.find((s) => s.id === session.serviceId);
    return t('notes.editor.session', {
      service: service ? serviceName(service, language) : '',
      date: formatCalendarDate(session.date, language, 'long'),
      time: session.startTime,
      specialist: session.specialistName,
    });
  };

  return (
    <>
      <Anchor href="#/notes" size="sm">
        ← {t('notes.editor.back')}
      </Anchor>
      <PageHeader title={t('notes.editor.title')}>
        {state.status === 'ready' ? heading(state.value) : undefined}
      </PageHeader>
      <Loaded state={state} onRetry={retry}>
        {(session) => {
          const chosenId = Number(search.get('person') ?? session.people[0]?.beneficiaryId);
          const person = session.people.find((p) => p.beneficiaryId === chosenId) ?? session.people[0];
          if (!person) return <Text>{t('notes.editor.noneSelected')}</Text>;
          return (
            <Stack gap="md" maw={860}>
              {session.people.length > 1 && (
                <SegmentedControl
                  aria-label={t('notes.editor.person')}
                  value={String(person.beneficiaryId)}
                  onChange={(value) => setSearch({ person: value }, { replace: true })}
                  data={session.people.map((p) => ({ value: String(p.beneficiaryId), label: p.name }))}
                />
              )}
              <Group gap="sm">
                <Text fw={650} fz="lg">
                  {person.name}
                </Text>
                {person.note && (
                  <Badge variant="light" color={person.note.status === 'signed' ? 'green' : 'yellow'}>
                    {t(
                      person.note.status === 'signed'
                        ? 'notes.editor.signedStatus'
                        : 'notes.editor.draftStatus',
                    )}
                  </Badge>
                )}
              </Group>
              {!person.delivered ? (
                <Alert color="gray">{t('notes.editor.notDelivered')}</Alert>
              ) : person.note?.status === 'signed' ? (
                <SignedNote note={person.note} goals={person.goals} onAmended={replaceNote} />
              ) : !writes ? (
                <Alert color="gray">{t('notes.editor.notSignedYet')}</Alert>
              ) : (
                <NoteForm
                  key={person.beneficiaryId}
                  session={session}
                  person={person}
                  onSaved={replaceNote}
                />
              )}
            </Stack>
          );
        }}
      </Loaded>
    </>
  );
}
