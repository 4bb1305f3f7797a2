import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../shared/domain/rooms';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ListToolbar } from './ListToolbar';
import { RoomEditor } from './rooms/RoomEditor';
import { RoomsTable } from './rooms/RoomsTable';
import { useRecords } from './useRecords';

const loadRooms = () => invoke('rooms.list', { includeInactive: true });

/** Rooms and resources with the places one session there can take. */
export function RoomsPage() {
  const { t } = useTranslation();
  const { state, reload, upsert } = useRecords(loadRooms);
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Room | null | undefined>(undefined);

  return (
    <>
      <PageHeader title={t('places.rooms.title')}>{t('places.rooms.intro')}</PageHeader>
      <ListToolbar
        addLabel={t('places.rooms.add')}
        onAdd={() => setEditing(null)}
        showInactive={showInactive}
        onShowInactive={setShowInactive}
      />
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === 'ready' && (
        <RoomsTable
          rooms={state.records.filter((room) => showInactive || room.active)}
          showStatus={showInactive}
          onEdit={setEditing}
        />
      )}
      {editing !== undefined && (
        <RoomEditor
          key={editing?.id ?? 'new'}
          room={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(room) => {
            upsert(room);
            setEditing(undefined);
          }}
        />
      )}
    </>
  );
}
