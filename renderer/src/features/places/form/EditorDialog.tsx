import type { ComponentProps, ReactNode } from 'react';
import { EditorForm } from './EditorForm';
import { EditorModal } from './EditorModal';

interface Props {
  title: string;
  form: ComponentProps<typeof EditorForm>['form'];
  onClose(): void;
  /** The fields. */
  children: ReactNode;
}

/** A record's editor: the dialog and its form, closed by "Cancel" as by Escape. */
export function EditorDialog({ title, form, onClose, children }: Props) {
  return (
    <EditorModal opened onClose={onClose} title={title}>
      <EditorForm form={form} onCancel={onClose}>
        {children}
      </EditorForm>
    </EditorModal>
  );
}
