import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { RecordsPage } from './RecordsPage';
import { RoomEditor } from './rooms/RoomEditor';
import { RoomsTable } from './rooms/RoomsTable';

const loadRooms = () => invoke('rooms.list', { includeInactive: true });

/** Rooms and resources with the places one session there can take. */
export function RoomsPage() {
  const { t } = useTranslation();
  return (
    <RecordsPage
      title={t('places.rooms.title')}
      intro={t('places.rooms.intro')}
      addLabel={t('places.rooms.add')}
      load={loadRooms}
      table={(rooms, showStatus, onEdit) => (
        <RoomsTable rooms={rooms} showStatus={showStatus} onEdit={onEdit} />
      )}
      editor={(room, props) => <RoomEditor room={room} {...props} />}
    />
  );
}
