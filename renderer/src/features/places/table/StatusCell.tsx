import { Table } from '@mantine/core';
import { StatusBadge } from '../StatusBadge';

/** The cell under `statusColumn`: nothing while that column is left out. */
export function StatusCell({ shown, active }: { shown: boolean; active: boolean }) {
  if (!shown) return null;
  return (
    <Table.Td>
      <StatusBadge active={active} />
    </Table.Td>
  );
}
