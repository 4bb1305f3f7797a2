import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../../shared/contract';
import { roomInputSchema, roomUpdateSchema } from '../../../../../shared/contract/places/rooms';
import { ROOM_KINDS, type Room, type RoomKind } from '../../../../../shared/domain/rooms';
import { invoke } from '../../../api';
import { EditorModal } from '../form/EditorModal';
import { FormOutcome } from '../form/FormOutcome';
import { useIssueText } from '../form/issueText';
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
  const { values, set, issues, failure, saving, formRef, submit } = useEditorForm({
    initial: room ? { ...room } : NEW_ROOM,
    schema: room ? roomUpdateSchema : roomInputSchema,
    toInput: (typed) => (room ? { id: room.id, ...roomInput(typed) } : roomInput(typed)),
    send: (input) =>
      room
        ? invoke('rooms.update', input as ChannelInput<'rooms.update'>)
        : invoke('rooms.create', input as ChannelInput<'rooms.create'>),
    onSaved,
  });
  const issue = useIssueText(issues);

  return (
    <EditorModal
      opened
      onClose={onClose}
      title={t(room ? 'places.rooms.editTitle' : 'places.rooms.addTitle')}
    >
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
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
          <Checkbox
            label={t('places.form.active')}
            description={t('places.form.activeHint')}
            checked={values.active}
            onChange={(event) => set('active', event.currentTarget.checked)}
          />
          <FormOutcome issues={issues} failure={failure} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('places.actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('places.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EditorModal>
  );
}
