import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { fieldIssues, type AppErrorData, type FieldIssue, type Result } from '../../../../../shared/contract';
import { useIssueText } from './issueText';

/** Problems by field path as the form names its fields ("names.ru", "hours.3.end"). */
export type Issues = Record<string, FieldIssue>;

export interface EditorOptions<V, T> {
  initial: V;
  /** The channel's own input schema: the same rules run here and in the backend. */
  schema: z.ZodType;
  /** The channel input built from what was typed; what cannot be converted is passed on for the schema to refuse. */
  toInput(values: V): unknown;
  send(input: unknown): Promise<Result<T>>;
  onSaved(value: T): void;
  /** Renames an input path to the form's field path, where the two differ. */
  fieldPath?(path: string, values: V): string;
}

/**
 * The state of one editor form: what was typed (never reset by an error), the problems per field from the
 * client check or the backend, and the outcome of the last save.
 */
export function useEditorForm<V, T>(options: EditorOptions<V, T>) {
  const [values, setValues] = useState(options.initial);
  const [issues, setIssues] = useState<Issues>({});
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save, the first field marked invalid takes the focus, so keyboard users land on it.
  useEffect(() => {
    if (attempt === 0) return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [attempt]);

  /** Sets a field; its old message (and those below it) no longer describe it. */
  const set = useCallback(<K extends keyof V>(field: K, value: V[K], path: string = String(field)): void => {
    setValues((current) => ({ ...current, [field]: value }));
    setIssues((current) => withoutPath(current, path));
  }, []);

  /** Like `set`, from the field's current value: stable, for parts of a form that render only when they change. */
  const update = useCallback(
    <K extends keyof V>(field: K, next: (current: V[K]) => V[K], path: string): void => {
      setValues((current) => ({ ...current, [field]: next(current[field]) }));
      setIssues((current) => withoutPath(current, path));
    },
    [],
  );

  function show(found: Record<string, FieldIssue>, typed: V): void {
    const mapped: Issues = {};
    for (const [path, issue] of Object.entries(found)) {
      mapped[options.fieldPath ? options.fieldPath(path, typed) : path] ??= issue;
    }
    setIssues(mapped);
    setAttempt((n) => n + 1);
  }

  async function submit(event?: FormEvent<HTMLFormElement>): Promise<void> {
    event?.preventDefault();
    if (saving) return;
    setFailure(null);
    const input = options.toInput(values);
    const checked = options.schema.safeParse(input);
    if (!checked.success) {
      show(fieldIssues(checked.error, input), values);
      return;
    }
    setSaving(true);
    const result = await options.send(input);
    setSaving(false);
    if (result.ok) {
      setIssues({});
      options.onSaved(result.value);
      return;
    }
    const fields = result.error.details?.fields;
    if (fields && Object.keys(fields).length > 0) show(fields, values);
    else setFailure(result.error);
  }

  /** The message for one field path, or undefined when it is fine. */
  const issue = useIssueText(issues);

  return {
    values,
    setValues,
    set,
    update,
    issues,
    issue,
    hasIssues: Object.keys(issues).length > 0,
    failure,
    saving,
    formRef,
    submit,
  };
}

function withoutPath(issues: Issues, path: string): Issues {
  const rest: Issues = {};
  for (const [key, issue] of Object.entries(issues)) {
    if (key !== path && !key.startsWith(`${path}.`)) rest[key] = issue;
  }
  return rest;
}

/** What an editor form hands to the parts it is built from. */
export type EditorForm = ReturnType<typeof useEditorForm<unknown, unknown>>;
