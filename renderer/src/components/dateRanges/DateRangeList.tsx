import { Button, Fieldset, Group, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppErrorData, Result } from '../../../../shared/contract';
import { dateRangeText } from '../../features/places/format';
import { FormOutcome } from '../../features/places/form/FormOutcome';
import { useEditorForm } from '../../features/places/form/useEditorForm';
import { actionsColumn } from '../../features/places/table/columns';
import { useLanguage } from '../../lib/languageContext';
import { TableHead } from '../DataTable';
import { ErrorAlert } from '../ErrorAlert';

/** A column after the dates, e.g. the reason or the kind of absence. */
export interface RangeColumn<T> {
  label: string;
  align?: 'right';
  cell(item: T): ReactNode;
}

/** What the add form's fields are given: a change clears the last "added/removed" message. */
export interface RangeFieldsProps<V> {
  values: V;
  change<K extends keyof V>(field: K, value: V[K]): void;
  issue(path: string): string | undefined;
}

export interface RangeTexts {
  intro: string;
  empty: string;
  /** The header of the dates column. */
  period: string;
  /** The add form's legend. */
  legend: string;
  add: string;
  /** The text of a row's remove button; `removeNamed` is what screen readers hear, naming the dates. */
  remove: string;
  removeNamed(dates: string): string;
  status(kind: 'added' | 'removed', dates: string): string;
}

interface Props<T extends { id: number }, V> {
  items: readonly T[];
  onChange(items: T[]): void;
  /** The first and last day, as ISO dates. */
  range(item: T): readonly [string, string];
  columns: readonly RangeColumn<T>[];
  texts: RangeTexts;
  remove(item: T): Promise<Result<unknown>>;
  /** The add form: saved on its own, at once; the channel's own schema checks it first. */
  form: {
    initial: V;
    schema: z.ZodType;
    toInput(values: V): unknown;
    send(input: unknown): Promise<Result<T>>;
  };
  fields(props: RangeFieldsProps<V>): ReactNode;
  testId?: string;
}

type Status = { kind: 'added' | 'removed'; dates: string } | null;

/**
 * A list of date ranges (absences, leave) with a form to add one and a button to remove each, in date order.
 * Each change is saved at once, apart from any other form on the page.
 */
export function DateRangeList<T extends { id: number }, V>(props: Props<T, V>) {
  const { items, onChange, range, columns, texts } = props;
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [status, setStatus] = useState<Status>(null);
  const [removeFailure, setRemoveFailure] = useState<AppErrorData | null>(null);
  const datesOf = (item: T) => dateRangeText(...range(item), language);
  const { values, set, setValues, issues, issue, failure, saving, formRef, submit } = useEditorForm({
    ...props.form,
    onSaved: (item: T) => {
      const start = (x: T) => range(x)[0];
      onChange([...items, item].sort((a, b) => start(a).localeCompare(start(b)) || a.id - b.id));
      setValues(props.form.initial);
      setStatus({ kind: 'added', dates: datesOf(item) });
    },
  });
  const change = <K extends keyof V>(field: K, value: V[K]) => {
    set(field, value);
    setStatus(null);
  };

  async function remove(item: T): Promise<void> {
    setRemoveFailure(null);
    const result = await props.remove(item);
    if (!result.ok) {
      setRemoveFailure(result.error);
      return;
    }
    onChange(items.filter((x) => x.id !== item.id));
    setStatus({ kind: 'removed', dates: datesOf(item) });
  }

  return (
    <Stack gap="md" data-testid={props.testId}>
      <Text c="dimmed" size="sm">
        {texts.intro}
      </Text>
      {items.length === 0 ? (
        <Text>{texts.empty}</Text>
      ) : (
        <Table striped verticalSpacing={6}>
          <TableHead
            columns={[
              { label: texts.period },
              ...columns.map(({ label, align }) => ({ label, align })),
              actionsColumn(t),
            ]}
          />
          <Table.Tbody>
            {items.map((item) => {
              const dates = datesOf(item);
              return (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {dates}
                  </Table.Th>
                  {columns.map((column, index) => (
                    <Table.Td key={index} ta={column.align}>
                      {column.cell(item)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={texts.removeNamed(dates)}
                      onClick={() => void remove(item)}
                    >
                      {texts.remove}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {removeFailure && <ErrorAlert error={removeFailure} />}
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Fieldset legend={texts.legend}>
          <Stack gap="sm">
            {props.fields({ values, change, issue })}
            <FormOutcome issues={issues} failure={failure} />
            <Group gap="md">
              <Button type="submit" variant="light" loading={saving}>
                {texts.add}
              </Button>
              <Text role="status" c="teal.9" fw={600}>
                {status ? texts.status(status.kind, status.dates) : ''}
              </Text>
            </Group>
          </Stack>
        </Fieldset>
      </form>
    </Stack>
  );
}
