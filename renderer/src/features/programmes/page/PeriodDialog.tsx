import { Group, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { ProgrammeDetail } from '../../../../../shared/domain/programmes';
import { invoke } from '../../../api';
import { DateField } from '../../places/form/DateField';
import { EditorDialog } from '../../places/form/EditorDialog';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';
import { useEditorForm } from '../../places/form/useEditorForm';
import type { ProgrammeState } from './useProgramme';

/** The period, review date and notes of a programme. */
export function PeriodDialog({
  detail,
  state,
  onClose,
}: {
  detail: ProgrammeDetail;
  state: ProgrammeState;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { programme } = detail;
  const form = useEditorForm({
    initial: {
      startDate: toTypedDate(programme.startDate),
      reviewDate: toTypedDate(programme.reviewDate),
      endDate: toTypedDate(programme.endDate),
      notes: programme.notes,
    },
    schema: contract['programmes.update'].input,
    toInput: (values) => ({
      id: programme.id,
      startDate: typedDateInput(values.startDate),
      reviewDate: typedDateInput(values.reviewDate),
      endDate: typedDateInput(values.endDate),
      notes: values.notes,
    }),
    send: (input) => invoke('programmes.update', input as Parameters<typeof invoke<'programmes.update'>>[1]),
    onSaved: (saved) => {
      state.apply(saved);
      onClose();
    },
  });
  const { values, set, issue } = form;
  return (
    <EditorDialog title={t('programmes.form.edit')} form={form} onClose={onClose}>
      <Group gap="md" align="flex-start" grow>
        {(['startDate', 'reviewDate', 'endDate'] as const).map((field) => (
          <DateField
            key={field}
            label={t(`programmes.form.${field}`)}
            value={values[field]}
            onChange={(event) => set(field, event.currentTarget.value)}
            error={issue(field)}
            withAsterisk
          />
        ))}
      </Group>
      <Textarea
        label={t('programmes.form.notes')}
        autosize
        minRows={2}
        value={values.notes}
        onChange={(event) => set('notes', event.currentTarget.value)}
        error={issue('notes')}
      />
    </EditorDialog>
  );
}
