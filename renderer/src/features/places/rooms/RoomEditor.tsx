import { NativeSelect, NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../../shared/contract';
import { ROOM_KINDS, type Room, type RoomKind } from '../../../../../shared/domain/rooms';
import { EditorDialog } from '../form/EditorDialog';
import { ActiveCheckbox } from '../form/ActiveCheckbox';
import { createOrUpdate } from '../form/createOrUpdate';
import { useEditorForm } from '../form/useEditorForm';

interface RoomValues {
  name: string;
  kind: RoomKind;
  capacity: number | string;
  notes: string;
  active: boolean;
}

const NEW_ROOM: RoomValues = { name: '', kind: 'therapy', capacity: 1, notes: '', active: true };

function roomInput(values: RoomValues): ChannelInput<'rooms.create'> {
  return {
    name: values.name,
    kind: values.kind,
    // Left out when empty, so the schema says "required".
    capacity: (values.capacity === '' ? undefined : Number(values.capacity)) as number,
    notes: values.notes,
    active: values.active,
  };
}

interface Props {
  room: Room | null;
  onClose(): void;
  onSaved(room: Room): void;
}

export function RoomEditor({ room, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useEditorForm({
    initial: room ? { ...room } : NEW_ROOM,
    ...createOrUpdate(room, { create: 'rooms.create', update: 'rooms.update' }, roomInput),
    onSaved,
  });
  const { values, issue, set } = form;

  return (
    <EditorDialog
      title={t(room ? 'places.rooms.editTitle' : 'places.rooms.addTitle')}
      form={form}
      onClose={onClose}
    >
      <TextInput
        label={t('places.rooms.name')}
        value={values.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={issue('name')}
        autoComplete="off"
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('places.rooms.kind')}
          value={values.kind}
          onChange={(event) => set('kind', event.currentTarget.value as RoomKind)}
          error={issue('kind')}
          data={ROOM_KINDS.map((kind) => ({ value: kind, label: t(`places.roomKinds.${kind}`) }))}
        />
        <NumberInput
          label={t('places.rooms.capacity')}
          value={values.capacity}
          onChange={(value) => set('capacity', value)}
          description={t('places.rooms.capacityHint')}
          error={issue('capacity')}
          allowDecimal={false}
          allowNegative={false}
        />
      </SimpleGrid>
      <Textarea
        label={t('places.rooms.notes')}
        value={values.notes}
        onChange={(event) => set('notes', event.currentTarget.value)}
        error={issue('notes')}
        autosize
        minRows={2}
      />
      <ActiveCheckbox checked={values.active} onChange={(active) => set('active', active)} />
    </EditorDialog>
  );
}
