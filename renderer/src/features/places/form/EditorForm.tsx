import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormOutcome } from './FormOutcome';
import type { EditorForm as EditorFormState } from './useEditorForm';

interface Props {
  form: Pick<EditorFormState, 'formRef' | 'submit' | 'issues' | 'failure' | 'saving'>;
  onCancel(): void;
  /** The fields. */
  children: ReactNode;
}

/**
 * An editor's form: its fields, then what went wrong with the last save, then "Cancel" and "Save". The
 * browser's own checks are off: the shared schema checks and speaks the person's language.
 */
export function EditorForm({
  form: { formRef, submit, issues, failure, saving },
  onCancel,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {children}
        <FormOutcome issues={issues} failure={failure} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('places.actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('places.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
