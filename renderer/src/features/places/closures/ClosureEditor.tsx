import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../../shared/contract';
import { closureInputSchema, closureUpdateSchema } from '../../../../../shared/contract/places/closures';
import {
  CLOSURE_KINDS,
  isHolidayRule,
  MOVING_HOLIDAYS,
  type Closure,
  type ClosureKind,
} from '../../../../../shared/domain/closures';
import { invoke } from '../../../api';
import { closureName } from '../format';
import { EditorModal } from '../form/EditorModal';
import { FormOutcome } from '../form/FormOutcome';
import { useIssueText } from '../form/issueText';
import { toTypedDate, typedDateInput } from '../form/typedDate';
import { useEditorForm } from '../form/useEditorForm';

interface ClosureValues {
  kind: ClosureKind;
  name: string;
  startDate: string;
  endDate: string;
}

const NEW_CLOSURE: ClosureValues = { kind: 'centre', name: '', startDate: '', endDate: '' };

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
  const { values, set, issues, failure, saving, formRef, submit } = useEditorForm({
    initial: closure
      ? {
          kind: closure.kind,
          name: closure.name,
          startDate: toTypedDate(closure.startDate),
          endDate: toTypedDate(closure.endDate),
        }
      : NEW_CLOSURE,
    schema: closure ? closureUpdateSchema : closureInputSchema,
    toInput: (typed) => {
      const fields = {
        kind: typed.kind,
        name: typed.name,
        startDate: typedDateInput(typed.startDate),
        // A one-day closure needs only its first day.
        endDate: typedDateInput(typed.endDate.trim() === '' ? typed.startDate : typed.endDate),
      };
      return closure ? { id: closure.id, ...fields } : fields;
    },
    send: (input) =>
      closure
        ? invoke('closures.update', input as ChannelInput<'closures.update'>)
        : invoke('closures.create', input as ChannelInput<'closures.create'>),
    onSaved,
  });
  const issue = useIssueText(issues);

  return (
    <EditorModal
      opened
      onClose={onClose}
      title={t(closure ? 'places.closures.editTitle' : 'places.closures.addTitle')}
    >
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
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
            <TextInput
              label={t('places.closures.startDate')}
              value={values.startDate}
              onChange={(event) => set('startDate', event.currentTarget.value)}
              error={issue('startDate')}
              placeholder={t('places.form.datePlaceholder')}
              inputMode="numeric"
              autoComplete="off"
            />
            <TextInput
              label={t('places.closures.endDate')}
              value={values.endDate}
              onChange={(event) => set('endDate', event.currentTarget.value)}
              error={issue('endDate')}
              placeholder={t('places.form.datePlaceholder')}
              inputMode="numeric"
              autoComplete="off"
            />
          </SimpleGrid>
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
