import { Alert, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canBook,
  isEditable,
  sessionsToBook,
  type Prescription,
  type ProgrammeDetail,
} from '../../../../../shared/domain/programmes';
import { serviceName } from '../../../../../shared/domain/services';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { useCan } from '../../../app/useCan';
import { invoke } from '../../../api';
import { DataTable } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { staffName, type CalendarRecords } from '../../calendar/filters/calendarRecords';
import { BookDialog } from './BookDialog';
import { PrescriptionDialog } from './PrescriptionDialog';
import type { ProgrammeState } from './useProgramme';

type Editing =
  { kind: 'edit'; prescription: Prescription | null } | { kind: 'book'; prescription: Prescription };

/** Each prescribed service with its sessions prescribed, booked and delivered, and booking in one step. */
export function PrescriptionsSection({
  detail,
  state,
  records,
}: {
  detail: ProgrammeDetail;
  state: ProgrammeState;
  records: CalendarRecords;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [booked, setBooked] = useState<number | null>(null);
  const writes = useCan('programmes.write');
  const schedules = useCan('schedule.write');
  const editable = writes && isEditable(detail.programme.status);
  const mayBook = schedules && canBook(detail.programme.status);
  const service = (id: number) => {
    const found = records.services.find((s) => s.id === id);
    return found ? serviceName(found, language) : '—';
  };
  const specialist = (id: number | null) => {
    const found = id === null ? undefined : records.staff.find((s) => s.id === id);
    return found ? staffName(found) : t('programmes.prescription.anySpecialist');
  };
  const number = (n: number) => formatNumber(n, language);

  return (
    <section aria-labelledby="prescriptions-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="prescriptions-title">
          {t('programmes.page.prescriptionsTitle')}
        </Title>
        {editable && (
          <Button onClick={() => setEditing({ kind: 'edit', prescription: null })}>
            {t('programmes.prescription.add')}
          </Button>
        )}
      </Group>
      {booked !== null && (
        <Alert
          color="green"
          variant="light"
          mb="sm"
          role="status"
          withCloseButton
          onClose={() => setBooked(null)}
        >
          {t('programmes.booking.done', { count: booked })}
        </Alert>
      )}
      <Paper withBorder radius="md">
        <DataTable
          caption={t('programmes.prescription.caption')}
          minWidth={860}
          rows={detail.prescriptions}
          empty={t('programmes.page.noPrescriptions')}
          columns={[
            { label: t('programmes.prescription.service') },
            { label: t('programmes.prescription.specialist') },
            { label: t('programmes.prescription.prescribed'), align: 'right' },
            { label: t('programmes.prescription.booked'), align: 'right' },
            { label: t('programmes.prescription.delivered'), align: 'right' },
            { label: t('programmes.prescription.actions'), hidden: true },
          ]}
        >
          {(p) => (
            <Table.Tr key={p.id} data-testid="prescription">
              <Table.Td>
                <Text fw={600}>{service(p.serviceId)}</Text>
                <Text size="sm" c="gray.7">
                  {t('programmes.prescription.summary', {
                    perWeek: number(p.sessionsPerWeek),
                    weeks: number(p.weeks),
                    minutes: number(p.minutes),
                  })}
                </Text>
              </Table.Td>
              <Table.Td>{specialist(p.specialistId)}</Table.Td>
              <Table.Td ta="right">{number(p.counts.prescribed)}</Table.Td>
              <Table.Td ta="right">{number(p.counts.booked)}</Table.Td>
              <Table.Td ta="right">{number(p.counts.delivered)}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {mayBook && sessionsToBook(p.counts) > 0 && (
                    <Button size="xs" onClick={() => setEditing({ kind: 'book', prescription: p })}>
                      {t('programmes.prescription.book')}
                    </Button>
                  )}
                  {editable && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing({ kind: 'edit', prescription: p })}
                    >
                      {t('programmes.prescription.edit')}
                    </Button>
                  )}
                  {editable && p.seriesIds.length === 0 && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        void state.run(() =>
                          invoke('programmes.removePrescription', { prescriptionId: p.id }),
                        )
                      }
                    >
                      {t('programmes.prescription.remove')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          )}
        </DataTable>
      </Paper>
      {editing?.kind === 'edit' && (
        <PrescriptionDialog
          programmeId={detail.programme.id}
          prescription={editing.prescription}
          records={records}
          state={state}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'book' && (
        <BookDialog
          prescription={editing.prescription}
          serviceName={service(editing.prescription.serviceId)}
          records={records}
          onBooked={(result) => {
            state.apply(result.programme);
            // Sessions skipped on closed days are written cancelled: count only those now booked.
            const before = editing.prescription.counts.booked;
            const after = result.programme.prescriptions.find((p) => p.id === editing.prescription.id);
            setBooked((after?.counts.booked ?? before) - before);
            setEditing(null);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
