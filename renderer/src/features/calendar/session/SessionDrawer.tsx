import { Anchor, Button, Drawer, Group, Stack } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../../shared/contract';
import type { SessionDetails } from '../../../../../shared/contract/schedule';
import { serviceName } from '../../../../../shared/domain/services';
import { useCan } from '../../../app/useCan';
import { invoke } from '../../../api';
import { Loaded } from '../../../components/Loaded';
import { useLanguage } from '../../../lib/languageContext';
import type { LoadState } from '../../../lib/useLoad';
import type { CalendarRecords } from '../filters/calendarRecords';
import type { WaitingOfferView } from '../../../../../shared/contract/waiting';
import { CancelDialog } from './CancelDialog';
import { EditSeriesDialog } from './EditSeriesDialog';
import { MoveDialog } from './MoveDialog';
import { SessionFacts } from './SessionFacts';

type Action = 'move' | 'cancel' | 'edit';

interface Props {
  sessionId: number | null;
  records: CalendarRecords | null;
  onClose(): void;
  /** A change was written: the calendar draws the visible days again. */
  onChanged(): void;
  /** A cancellation freed time that people on the service's waiting list are waiting for. */
  onFreed(offers: WaitingOfferView[]): void;
}

function useSession(id: number | null, version: number): { state: LoadState<SessionDetails>; retry(): void } {
  const [state, setState] = useState<LoadState<SessionDetails>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (id === null) return;
    let current = true;
    void invoke('schedule.session', { id }).then((result: Result<SessionDetails>) => {
      if (current)
        setState(
          result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error },
        );
    });
    return () => {
      current = false;
    };
  }, [id, version, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}

/** A session's details beside the calendar, with what can be done to it. */
export function SessionDrawer({ sessionId, records, onClose, onChanged, onFreed }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [version, setVersion] = useState(0);
  const [action, setAction] = useState<Action | null>(null);
  // Reception opens no notes (health data) and a specialist books nothing: neither is offered what is refused.
  const readsNotes = useCan('notes.read');
  const writes = useCan('schedule.write');
  const { state, retry } = useSession(sessionId, version);
  // Another session's details are not shown while this one's load.
  const shown: LoadState<SessionDetails> =
    state.status === 'ready' && state.value.id !== sessionId ? { status: 'loading' } : state;
  const session = shown.status === 'ready' ? shown.value : null;

  const done = (closeDrawer: boolean) => () => {
    setAction(null);
    onChanged();
    if (closeDrawer) onClose();
    else setVersion((n) => n + 1);
  };

  return (
    <>
      <Drawer
        opened={sessionId !== null}
        onClose={onClose}
        position="right"
        size="md"
        title={session ? serviceName(session.service, language) : t('sessionActions.details.title')}
        closeButtonProps={{ 'aria-label': t('sessionActions.close') }}
        styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
      >
        <Loaded state={shown} onRetry={retry}>
          {(value) => (
            <Stack gap="md">
              <SessionFacts session={value} />
              {readsNotes && (
                <Anchor href={`#/notes/session/${value.id}`}>{t('notes.editor.openNote')}</Anchor>
              )}
              {writes && value.status === 'scheduled' && (
                <Group gap="sm">
                  <Button variant="default" onClick={() => setAction('move')}>
                    {t('sessionActions.move.open')}
                  </Button>
                  {value.series && (
                    <Button variant="default" onClick={() => setAction('edit')}>
                      {t('sessionActions.edit.open')}
                    </Button>
                  )}
                  <Button variant="light" color="red" onClick={() => setAction('cancel')}>
                    {t('sessionActions.cancel.open')}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
        </Loaded>
      </Drawer>
      {session && action === 'move' && (
        <MoveDialog
          session={session}
          records={records}
          onClose={() => setAction(null)}
          onMoved={done(false)}
        />
      )}
      {session && action === 'cancel' && (
        <CancelDialog
          session={session}
          records={records}
          onClose={() => setAction(null)}
          onCancelled={(offers) => {
            done(true)();
            if (offers.length > 0) onFreed(offers);
          }}
        />
      )}
      {session && action === 'edit' && (
        <EditSeriesDialog
          session={session}
          records={records}
          onClose={() => setAction(null)}
          onEdited={done(false)}
        />
      )}
    </>
  );
}
