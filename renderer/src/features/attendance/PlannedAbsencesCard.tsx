import { Button, Fieldset, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, ChannelInput } from '../../../../shared/contract';
import { plannedAbsenceSchema, type PlannedAbsenceView } from '../../../../shared/contract/attendance';
import { invoke } from '../../api';
import { TableHead } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loaded } from '../../components/Loaded';
import { useLanguage } from '../../lib/languageContext';
import { useLoad } from '../../lib/useLoad';
import { Card } from '../people/page/Card';
import { dateRangeText } from '../places/format';
import { DateField } from '../places/form/DateField';
import { FormOutcome } from '../places/form/FormOutcome';
import { typedDateInput } from '../places/form/typedDate';
import { useEditorForm } from '../places/form/useEditorForm';
import { actionsColumn } from '../places/table/columns';

interface PlannedValues {
  from: string;
  to: string;
  reason: string;
  note: string;
}

const EMPTY: PlannedValues = { from: '', to: '', reason: '', note: '' };

type Status = { kind: 'added' | 'removed'; period: string } | null;

/** The beneficiary's absences announced in advance ("will be away 3–10 March"), which pre-fill their marks. */
export function PlannedAbsencesCard({ beneficiaryId }: { beneficiaryId: number }) {
  const { t } = useTranslation();
  const load = useCallback(
    () => invoke('attendance.plannedAbsences.list', { beneficiaryId }),
    [beneficiaryId],
  );
  const { state, retry, update } = useLoad<PlannedAbsenceView[]>(load);
  return (
    <Card title={t('attendance.planned.title')}>
      <Loaded state={state} onRetry={retry}>
        {(absences) => (
          <PlannedAbsences
            beneficiaryId={beneficiaryId}
            absences={absences}
            onChange={(next) => update(() => next)}
          />
        )}
      </Loaded>
    </Card>
  );
}

interface Props {
  beneficiaryId: number;
  absences: PlannedAbsenceView[];
  onChange(absences: PlannedAbsenceView[]): void;
}

function PlannedAbsences({ beneficiaryId, absences, onChange }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [status, setStatus] = useState<Status>(null);
  const [removeFailure, setRemoveFailure] = useState<AppErrorData | null>(null);
  const period = (absence: Pick<PlannedAbsenceView, 'from' | 'to'>) =>
    dateRangeText(absence.from, absence.to, language);
  const { values, set, setValues, issues, issue, failure, saving, formRef, submit } = useEditorForm({
    initial: EMPTY,
    schema: plannedAbsenceSchema,
    toInput: (typed): ChannelInput<'attendance.plannedAbsences.add'> => ({
      beneficiaryId,
      from: typedDateInput(typed.from),
      to: typedDateInput(typed.to),
      reason: typed.reason,
      note: typed.note,
    }),
    send: (input) =>
      invoke('attendance.plannedAbsences.add', input as ChannelInput<'attendance.plannedAbsences.add'>),
    onSaved: (absence) => {
      onChange([...absences, absence].sort((a, b) => a.from.localeCompare(b.from) || a.id - b.id));
      setValues(EMPTY);
      setStatus({ kind: 'added', period: period(absence) });
    },
  });
  const change = <K extends keyof PlannedValues>(field: K, value: PlannedValues[K]) => {
    set(field, value);
    setStatus(null);
  };

  async function remove(absence: PlannedAbsenceView): Promise<void> {
    setRemoveFailure(null);
    const result = await invoke('attendance.plannedAbsences.remove', { id: absence.id });
    if (!result.ok) {
      setRemoveFailure(result.error);
      return;
    }
    onChange(absences.filter((a) => a.id !== absence.id));
    setStatus({ kind: 'removed', period: period(absence) });
  }

  return (
    <Stack gap="md" data-testid="planned-absences">
      <Text c="dimmed" size="sm">
        {t('attendance.planned.intro')}
      </Text>
      {absences.length === 0 ? (
        <Text>{t('attendance.planned.empty')}</Text>
      ) : (
        <Table striped verticalSpacing={6}>
          <TableHead
            columns={[
              { label: t('attendance.planned.period') },
              { label: t('attendance.planned.reason') },
              { label: t('attendance.planned.note') },
              actionsColumn(t),
            ]}
          />
          <Table.Tbody>
            {absences.map((absence) => (
              <Table.Tr key={absence.id}>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {period(absence)}
                </Table.Th>
                <Table.Td>{absence.reason}</Table.Td>
                <Table.Td>{absence.note}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    color="red.8"
                    size="compact-sm"
                    aria-label={t('attendance.planned.removeAria', { period: period(absence) })}
                    onClick={() => void remove(absence)}
                  >
                    {t('attendance.planned.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {removeFailure && <ErrorAlert error={removeFailure} />}
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Fieldset legend={t('attendance.planned.formTitle')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateField
                label={t('attendance.planned.from')}
                name="from"
                required
                value={values.from}
                onChange={(event) => change('from', event.currentTarget.value)}
                error={issue('from')}
              />
              <DateField
                label={t('attendance.planned.to')}
                name="to"
                required
                value={values.to}
                onChange={(event) => change('to', event.currentTarget.value)}
                error={issue('to')}
              />
            </SimpleGrid>
            <TextInput
              label={t('attendance.planned.reason')}
              name="reason"
              required
              placeholder={t('attendance.planned.reasonPlaceholder')}
              value={values.reason}
              maxLength={500}
              onChange={(event) => change('reason', event.currentTarget.value)}
              error={issue('reason')}
              autoComplete="off"
            />
            <TextInput
              label={t('attendance.planned.note')}
              name="note"
              value={values.note}
              maxLength={1000}
              onChange={(event) => change('note', event.currentTarget.value)}
              error={issue('note')}
              autoComplete="off"
            />
            <FormOutcome issues={issues} failure={failure} />
            <Group gap="md">
              <Button type="submit" variant="light" loading={saving}>
                {t('attendance.planned.add')}
              </Button>
              <Text role="status" c="teal.9" fw={600}>
                {status ? t(`attendance.planned.${status.kind}`, { period: status.period }) : ''}
              </Text>
            </Group>
          </Stack>
        </Fieldset>
      </form>
    </Stack>
  );
}
