import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../shared/domain/rooms';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { useLanguage } from '../../../lib/languageContext';
import { StatusBadge } from '../StatusBadge';

interface Props {
  rooms: Room[];
  showStatus: boolean;
  onEdit(room: Room): void;
}

export function RoomsTable({ rooms, showStatus, onEdit }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (rooms.length === 0) return <Text>{t('places.rooms.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>{t('places.rooms.title')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('places.rooms.name')}</Table.Th>
            <Table.Th scope="col">{t('places.rooms.kind')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('places.rooms.capacity')}
            </Table.Th>
            <Table.Th scope="col">{t('places.rooms.notes')}</Table.Th>
            {showStatus && <Table.Th scope="col">{t('places.form.status')}</Table.Th>}
            <Table.Th scope="col">
              <VisuallyHidden>{t('places.form.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rooms.map((room) => (
            <Table.Tr key={room.id}>
              <Table.Th scope="row" fw={600}>
                {room.name}
              </Table.Th>
              <Table.Td>{t(`places.roomKinds.${room.kind}`)}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatNumber(room.capacity, language)}
              </Table.Td>
              <Table.Td c="gray.8">{room.notes}</Table.Td>
              {showStatus && (
                <Table.Td>
                  <StatusBadge active={room.active} />
                </Table.Td>
              )}
              <Table.Td ta="right">
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => onEdit(room)}
                  aria-label={t('places.actions.editNamed', { name: room.name })}
                >
                  {t('places.actions.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
