import { Table, Text, VisuallyHidden, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column {
  label: string;
  align?: 'right';
  /** Named for screen readers only, e.g. the column of row buttons. */
  hidden?: boolean;
}

/** Column headers; `false` entries are columns left out (e.g. a status shown only on request). */
export function TableHead({ columns }: { columns: ReadonlyArray<Column | false> }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map(
          (column, index) =>
            column && (
              <Table.Th key={index} scope="col" ta={column.align}>
                {column.hidden ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label}
              </Table.Th>
            ),
        )}
      </Table.Tr>
    </Table.Thead>
  );
}

interface Props<T> extends Omit<TableProps, 'children' | 'data'> {
  /** Names the table for screen readers. */
  caption: string;
  columns: ReadonlyArray<Column | false>;
  rows: readonly T[];
  /** One row, with its key. */
  children(row: T): ReactNode;
  /** Said instead of an empty table; without it an empty table shows its headers. */
  empty?: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number | string;
}

/** A striped list table with column headers and a caption for screen readers, scrolling sideways when narrow. */
export function DataTable<T>({ caption, columns, rows, children, empty, minWidth, ...tableProps }: Props<T>) {
  if (empty !== undefined && rows.length === 0) return <Text>{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="xs" {...tableProps}>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <TableHead columns={columns} />
        <Table.Tbody>{rows.map(children)}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
