import { Alert, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../../shared/contract';
import {
  CLOSURE_KINDS,
  isHolidayRule,
  MOVING_HOLIDAYS,
  type Closure,
  type ClosureKind,
} from '../../../../../shared/domain/closures';
import { closureName } from '../format';
import { EditorDialog } from '../form/EditorDialog';
import { toTypedDate, typedDateInput } from '../form/typedDate';
import { createOrUpdate } from '../form/createOrUpdate';
import { DateField } from '../form/DateField';
import { useEditorForm } from '../form/useEditorForm';

interface ClosureValues {
  kind: ClosureKind;
  name: string;
  startDate: string;
  endDate: string;
}

const NEW_CLOSURE: ClosureValues = { kind: 'centre', name: '', startDate: '', endDate: '' };

function closureInput(typed: ClosureValues): ChannelInput<'closures.create'> {
  return {
    kind: typed.kind,
    name: typed.name,
    startDate: typedDateInput(typed.startDate),
    // A one-day closure needs only its first day.
    endDate: typedDateInput(typed.endDate.trim() === '' ? typed.startDate : typed.endDate),
  };
}

interface Props {
  closure: Closure | null;
  onClose(): void;
  onSaved(closure: Closure): void;
}

/**
 * A filled-in holiday keeps its name and kind (the interface names it in every language); only its dates can be
 * corrected, which is what a moving feast needs when its official date is announced.
 */
export function ClosureEditor({ closure, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const filledIn = closure?.holiday != null;
  const rule = closure?.holiday?.rule;
  const moving = rule !== undefined && isHolidayRule(rule) && MOVING_HOLIDAYS.includes(rule);
  const form = useEditorForm({
    initial: closure
      ? {
          kind: closure.kind,
          name: closure.name,
          startDate: toTypedDate(closure.startDate),
          endDate: toTypedDate(closure.endDate),
        }
      : NEW_CLOSURE,
    ...createOrUpdate(closure, { create: 'closures.create', update: 'closures.update' }, closureInput),
    onSaved,
  });
  const { values, issue, set } = form;

  return (
    <EditorDialog
      title={t(closure ? 'places.closures.editTitle' : 'places.closures.addTitle')}
      form={form}
      onClose={onClose}
    >
      {filledIn && closure ? (
        <div>
          <Text size="sm" fw={500}>
            {t('places.closures.holidayName')}
          </Text>
          <Text fz="lg" fw={600}>
            {closureName(closure, t)}
          </Text>
        </div>
      ) : (
        <>
          <NativeSelect
            label={t('places.closures.kind')}
            value={values.kind}
            onChange={(event) => set('kind', event.currentTarget.value as ClosureKind)}
            error={issue('kind')}
            data={CLOSURE_KINDS.map((kind) => ({ value: kind, label: t(`places.closureKinds.${kind}`) }))}
          />
          <TextInput
            label={t('places.closures.name')}
            value={values.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={issue('name')}
            autoComplete="off"
            data-autofocus
          />
        </>
      )}
      {moving && <Alert variant="light">{t('places.closures.movingHint')}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField
          label={t('places.closures.startDate')}
          value={values.startDate}
          onChange={(event) => set('startDate', event.currentTarget.value)}
          error={issue('startDate')}
        />
        <DateField
          label={t('places.closures.endDate')}
          value={values.endDate}
          onChange={(event) => set('endDate', event.currentTarget.value)}
          error={issue('endDate')}
        />
      </SimpleGrid>
    </EditorDialog>
  );
}
