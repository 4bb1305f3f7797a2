import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, ChannelInput } from '../../../../../shared/contract';
import { absenceInputSchema } from '../../../../../shared/contract/places/staff';
import { ABSENCE_KINDS, type Absence, type AbsenceKind } from '../../../../../shared/domain/staff';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { invoke } from '../../../api';
import { TableHead } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLanguage } from '../../../lib/languageContext';
import { dateRangeText, dayCount } from '../format';
import { DateField } from '../form/DateField';
import { FormOutcome } from '../form/FormOutcome';
import { typedDateInput } from '../form/typedDate';
import { useEditorForm } from '../form/useEditorForm';
import { actionsColumn } from '../table/columns';
import { DeleteButton } from '../table/RowButtons';

interface AbsenceValues {
  kind: AbsenceKind;
  startDate: string;
  endDate: string;
  note: string;
}

const EMPTY: AbsenceValues = { kind: 'leave', startDate: '', endDate: '', note: '' };

interface Props {
  staffId: number;
  absences: Absence[];
  onChange(absences: Absence[]): void;
}

/** Leave and other absences: each is saved on its own, at once, apart from the details form. */
export function AbsencesPanel({ staffId, absences, onChange }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [status, setStatus] = useState<'added' | 'removed' | null>(null);
  const [removeFailure, setRemoveFailure] = useState<AppErrorData | null>(null);
  const { values, set, setValues, issues, issue, failure, saving, formRef, submit } = useEditorForm({
    initial: EMPTY,
    schema: absenceInputSchema,
    toInput: (typed): ChannelInput<'staff.absences.add'> => ({
      staffId,
      kind: typed.kind,
      startDate: typedDateInput(typed.startDate),
      endDate: typedDateInput(typed.endDate),
      note: typed.note,
    }),
    send: (input) => invoke('staff.absences.add', input as ChannelInput<'staff.absences.add'>),
    onSaved: (absence) => {
      onChange([...absences, absence].sort((a, b) => a.startDate.localeCompare(b.startDate)));
      setValues(EMPTY);
      setStatus('added');
    },
  });
  const change = <K extends keyof AbsenceValues>(field: K, value: AbsenceValues[K]) => {
    set(field, value);
    setStatus(null);
  };

  async function remove(absence: Absence): Promise<void> {
    setRemoveFailure(null);
    const result = await invoke('staff.absences.remove', { id: absence.id });
    if (!result.ok) {
      setRemoveFailure(result.error);
      return;
    }
    onChange(absences.filter((a) => a.id !== absence.id));
    setStatus('removed');
  }

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">
        {t('places.absences.intro')}
      </Text>
      {absences.length === 0 ? (
        <Text>{t('places.absences.empty')}</Text>
      ) : (
        <Table striped verticalSpacing={6}>
          <TableHead
            columns={[
              { label: t('places.absences.period') },
              { label: t('places.absences.days'), align: 'right' },
              { label: t('places.absences.kind') },
              { label: t('places.absences.note') },
              actionsColumn(t),
            ]}
          />
          <Table.Tbody>
            {absences.map((absence) => {
              const dates = dateRangeText(absence.startDate, absence.endDate, language);
              return (
                <Table.Tr key={absence.id}>
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {dates}
                  </Table.Th>
                  <Table.Td ta="right">
                    {formatNumber(dayCount(absence.startDate, absence.endDate), language)}
                  </Table.Td>
                  <Table.Td>{t(`places.absenceKinds.${absence.kind}`)}</Table.Td>
                  <Table.Td>{absence.note}</Table.Td>
                  <Table.Td ta="right">
                    <DeleteButton
                      label={t('places.absences.removeNamed', { dates })}
                      onClick={() => void remove(absence)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {removeFailure && <ErrorAlert error={removeFailure} />}
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Fieldset legend={t('places.absences.add')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                label={t('places.absences.kind')}
                value={values.kind}
                onChange={(event) => change('kind', event.currentTarget.value as AbsenceKind)}
                error={issue('kind')}
                data={ABSENCE_KINDS.map((kind) => ({ value: kind, label: t(`places.absenceKinds.${kind}`) }))}
              />
              <DateField
                label={t('places.absences.startDate')}
                value={values.startDate}
                onChange={(event) => change('startDate', event.currentTarget.value)}
                error={issue('startDate')}
              />
              <DateField
                label={t('places.absences.endDate')}
                value={values.endDate}
                onChange={(event) => change('endDate', event.currentTarget.value)}
                error={issue('endDate')}
              />
            </SimpleGrid>
            <TextInput
              label={t('places.absences.note')}
              value={values.note}
              onChange={(event) => change('note', event.currentTarget.value)}
              error={issue('note')}
              autoComplete="off"
            />
            <FormOutcome issues={issues} failure={failure} />
            <Group gap="md">
              <Button type="submit" variant="light" loading={saving}>
                {t('places.absences.add')}
              </Button>
              <Text role="status" c="teal.9" fw={600}>
                {status ? t(`places.absences.${status}`) : ''}
              </Text>
            </Group>
          </Stack>
        </Fieldset>
      </form>
    </Stack>
  );
}
