import { Anchor, Box, Button, Group, Paper, Title } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupDetail, RosterEntry } from '../../../../shared/contract/groups';
import type { WaitingEntryView, WaitingOfferView } from '../../../../shared/contract/waiting';
import { useCan } from '../../app/useCan';
import { invoke } from '../../api';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';
import { useToday } from '../../lib/useToday';
import { conflictNames } from '../calendar/conflict';
import { useRouteId } from '../people/routeId';
import { EnrolDialog } from './page/EnrolDialog';
import { GroupFacts } from './page/GroupFacts';
import { LeaveDialog } from './page/LeaveDialog';
import { OfferAlert } from './page/OfferAlert';
import { RosterTable } from './page/RosterTable';
import { UpcomingTable } from './page/UpcomingTable';
import { useGroupRecords, useServiceNamer, type Option } from './useGroupRecords';
import { WaitingEditDialog } from './waiting/WaitingEditDialog';
import { WaitingTable } from './waiting/WaitingTable';
import { WithdrawDialog } from './waiting/WithdrawDialog';

type Dialog =
  | { kind: 'enrol'; person: Option | null; startDate: string }
  | { kind: 'leave'; entry: RosterEntry }
  | { kind: 'editWaiting'; entry: WaitingEntryView }
  | { kind: 'withdraw'; entry: WaitingEntryView }
  | null;

/** A waiting entry's person as the enrol dialog names them. */
function personOf(entry: WaitingEntryView): Option {
  return { value: String(entry.beneficiaryId), label: entry.beneficiaryName };
}

/** One group: its facts, roster, next sessions and waiting list, with enrolling and leaving. */
export function GroupPage() {
  const id = useRouteId() ?? 0;
  const load = useCallback(() => invoke('groups.get', { id }), [id]);
  const group = useLoad(load);
  const { update } = group;
  // A reload after a change keeps the page (and an offer shown on it) until the new answer is there.
  const reload = useCallback(() => {
    void invoke('groups.get', { id }).then((result) => {
      if (result.ok) update(() => result.value);
    });
  }, [id, update]);
  return (
    <Loaded state={group.state} onRetry={group.retry}>
      {(found) => <GroupView group={found} reload={reload} />}
    </Loaded>
  );
}

function GroupView({ group, reload }: { group: GroupDetail; reload(): void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = useToday(useCentreTimeZone());
  const records = useGroupRecords();
  const loaded = records.state.status === 'ready' ? records.state.value : null;
  const serviceName = useServiceNamer(loaded);
  const names = conflictNames(loaded ?? { services: [], staff: [], rooms: [] }, language);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [offer, setOffer] = useState<WaitingOfferView | null>(null);
  const writes = useCan('schedule.write');
  const close = () => setDialog(null);
  const done = () => {
    setDialog(null);
    reload();
  };

  return (
    <>
      <Anchor component={Link} to="/groups" size="sm">
        {t('groups.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl" mt="xs">
        <Box flex={1}>
          <PageHeader title={group.name} />
        </Box>
        {writes && (
          <Group gap="sm" wrap="nowrap" mt="xs">
            <Button component={Link} to={`/groups/${group.id}/edit`} variant="default">
              {t('groups.page.edit')}
            </Button>
            <Button onClick={() => setDialog({ kind: 'enrol', person: null, startDate: today })}>
              {t('groups.page.enrol')}
            </Button>
          </Group>
        )}
      </Group>

      {offer && (
        <OfferAlert
          offer={offer}
          onEnrol={() => {
            setDialog({ kind: 'enrol', person: personOf(offer.entry), startDate: offer.from });
            setOffer(null);
          }}
          onLater={() => setOffer(null)}
        />
      )}

      <GroupFacts group={group} serviceName={serviceName(group.serviceId)} />

      <Section title={t('groups.roster.title')}>
        <RosterTable
          roster={group.roster}
          today={today}
          {...(writes && { onLeave: (entry: RosterEntry) => setDialog({ kind: 'leave', entry }) })}
        />
      </Section>
      <Section title={t('groups.waiting.groupTitle')}>
        <WaitingTable
          entries={group.waitingList}
          caption={t('groups.waiting.groupTitle')}
          {...(writes && {
            onEdit: (entry: WaitingEntryView) => setDialog({ kind: 'editWaiting', entry }),
            onWithdraw: (entry: WaitingEntryView) => setDialog({ kind: 'withdraw', entry }),
            onEnrol: (entry: WaitingEntryView) =>
              setDialog({ kind: 'enrol', person: personOf(entry), startDate: today }),
          })}
        />
      </Section>
      <Section title={t('groups.upcoming.title')}>
        <UpcomingTable sessions={group.upcoming} capacity={group.capacity} />
      </Section>

      {dialog?.kind === 'enrol' && (
        <EnrolDialog
          group={group}
          person={dialog.person}
          startDate={dialog.startDate}
          names={names}
          onClose={close}
          onDone={done}
        />
      )}
      {dialog?.kind === 'leave' && (
        <LeaveDialog
          entry={dialog.entry}
          today={today}
          onClose={close}
          onDone={(freed) => {
            setOffer(freed);
            done();
          }}
        />
      )}
      {dialog?.kind === 'withdraw' && <WithdrawDialog entry={dialog.entry} onClose={close} onDone={done} />}
      {dialog?.kind === 'editWaiting' && (
        <WaitingEditDialog entry={dialog.entry} onClose={close} onSaved={done} />
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" mb="lg" component="section" aria-label={title}>
      <Title order={2} size="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
