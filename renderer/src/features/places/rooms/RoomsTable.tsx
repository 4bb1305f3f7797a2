import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../shared/domain/rooms';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { DataTable } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { actionsColumn, statusColumn } from '../table/columns';
import { EditButton } from '../table/RowButtons';
import { StatusCell } from '../table/StatusCell';

interface Props {
  rooms: Room[];
  showStatus: boolean;
  onEdit(room: Room): void;
}

export function RoomsTable({ rooms, showStatus, onEdit }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <DataTable
      caption={t('places.rooms.title')}
      empty={t('places.rooms.empty')}
      minWidth={700}
      columns={[
        { label: t('places.rooms.name') },
        { label: t('places.rooms.kind') },
        { label: t('places.rooms.capacity'), align: 'right' },
        { label: t('places.rooms.notes') },
        statusColumn(t, showStatus),
        actionsColumn(t),
      ]}
      rows={rooms}
    >
      {(room) => (
        <Table.Tr key={room.id}>
          <Table.Th scope="row" fw={600}>
            {room.name}
          </Table.Th>
          <Table.Td>{t(`places.roomKinds.${room.kind}`)}</Table.Td>
          <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatNumber(room.capacity, language)}
          </Table.Td>
          <Table.Td c="gray.8">{room.notes}</Table.Td>
          <StatusCell shown={showStatus} active={room.active} />
          <Table.Td ta="right">
            <EditButton name={room.name} onClick={() => onEdit(room)} />
          </Table.Td>
        </Table.Tr>
      )}
    </DataTable>
  );
}
