import { Stack, Table, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../../shared/domain/calendar';
import { serviceName, type Service } from '../../../../../shared/domain/services';
import type { CalendarSession } from '../../../../../shared/contract/schedule';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { invoke } from '../../../api';
import { DataTable } from '../../../components/DataTable';
import { Loaded } from '../../../components/Loaded';
import { useCentreTimeZone } from '../../../lib/centreContext';
import { useLanguage } from '../../../lib/languageContext';
import { useLoad } from '../../../lib/useLoad';
import { useToday } from '../../../lib/useToday';
import { sessionTimes } from '../../today/board';
import { useServices } from '../useServices';
import { Card } from './Card';

/** How far back and ahead the file looks: a month either way; the calendar has the rest. */
const WEEKS = 4;

/** The person's sessions, individual and group, of the last and the next four weeks, cancelled ones marked. */
export function SessionsCard({ beneficiaryId }: { beneficiaryId: number }) {
  const { t } = useTranslation();
  const today = useToday(useCentreTimeZone());
  const load = useCallback(
    () =>
      invoke('schedule.range', {
        beneficiaryId,
        from: addDays(today, -7 * WEEKS),
        to: addDays(today, 7 * WEEKS),
        includeCancelled: true,
      }),
    [beneficiaryId, today],
  );
  const { state, retry } = useLoad<CalendarSession[]>(load);
  const services = useServices().state;
  return (
    <Card title={t('people.page.sessions')}>
      <Loaded state={state} onRetry={retry}>
        {(sessions) => (
          <Stack gap="lg">
            <SessionList
              title={t('people.page.sessionsUpcoming')}
              empty={t('people.page.sessionsNoneUpcoming')}
              sessions={sessions.filter((s) => s.date >= today)}
              services={services.status === 'ready' ? services.value : []}
            />
            <SessionList
              title={t('people.page.sessionsPast')}
              empty={t('people.page.sessionsNonePast')}
              sessions={sessions.filter((s) => s.date < today).reverse()}
              services={services.status === 'ready' ? services.value : []}
            />
          </Stack>
        )}
      </Loaded>
    </Card>
  );
}

interface ListProps {
  title: string;
  empty: string;
  sessions: CalendarSession[];
  services: Service[];
}

function SessionList({ title, empty, sessions, services }: ListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const byId = new Map(services.map((service) => [service.id, service]));
  const what = (session: CalendarSession) => {
    const service = byId.get(session.serviceId);
    const name = service ? serviceName(service, language) : '';
    return session.groupName ? `${session.groupName} (${name})` : name;
  };
  return (
    <Stack gap="xs">
      <Title order={3} fz="h5">
        {title}
      </Title>
      <DataTable
        caption={title}
        empty={empty}
        minWidth={640}
        rows={sessions}
        columns={[
          { label: t('people.page.sessionColumns.date') },
          { label: t('people.page.sessionColumns.time') },
          { label: t('people.page.sessionColumns.service') },
          { label: t('people.page.sessionColumns.specialist') },
          { label: t('people.page.sessionColumns.room') },
          { label: t('people.page.sessionColumns.status') },
        ]}
      >
        {(session) => (
          <Table.Tr key={session.id} data-testid="person-session">
            <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
              {formatCalendarDate(session.date, language, 'weekdayShort')}{' '}
              {formatCalendarDate(session.date, language, 'short')}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {sessionTimes(session.startTime, session.minutes)}
            </Table.Td>
            <Table.Td>{what(session)}</Table.Td>
            <Table.Td>{session.specialistName}</Table.Td>
            <Table.Td>{session.roomName ?? ''}</Table.Td>
            <Table.Td>
              {session.status === 'cancelled'
                ? t(
                    session.cancelReason
                      ? `schedule.cancelReasons.${session.cancelReason}`
                      : 'people.page.sessionCancelled',
                  )
                : ''}
            </Table.Td>
          </Table.Tr>
        )}
      </DataTable>
    </Stack>
  );
}
