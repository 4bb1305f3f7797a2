import { useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { fieldIssues, type AppErrorData, type FieldIssue, type Result } from '../../../../shared/contract';
import { errorFieldIssues, issuesByField } from '../../api';

export type Issues = Record<string, FieldIssue>;

interface Options<V extends Record<string, unknown>, O> {
  initial: V;
  /** The channel's own schema (or a check built on it), run before sending. */
  schema: { safeParse(values: NoInfer<V>): { success: true } | { success: false; error: z.ZodError } };
  /** Checks that only the screen can make (a repeated password). */
  extraCheck?: (values: V) => Issues;
  send: (values: V) => Promise<Result<O>>;
  onDone: (value: O) => void;
  /** Fields emptied after a refusal (a wrong password is not kept on screen). */
  clearOnRefusal?: Array<keyof V>;
}

/**
 * A small form over one channel: the same zod schema on both sides, field messages from the catalogues, the
 * first invalid field focused, and what was typed kept on an error (except what clearOnRefusal names).
 */
export function useAuthForm<V extends Record<string, unknown>, O>(options: Options<V, O>) {
  const [values, setValues] = useState(options.initial);
  const [issues, setIssues] = useState<Issues>({});
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  function set<K extends keyof V>(field: K, value: V[K]): void {
    setValues((current) => ({ ...current, [field]: value }));
    setIssues(({ [field as string]: _edited, ...rest }) => rest);
  }

  function show(found: Issues): void {
    setIssues(found);
    const first = Object.keys(found)[0];
    const element = first ? formRef.current?.elements.namedItem(first) : null;
    const target = element instanceof RadioNodeList ? element[0] : element;
    if (target instanceof HTMLElement) target.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const parsed = options.schema.safeParse(values);
    const found = {
      ...(parsed.success ? {} : issuesByField(fieldIssues(parsed.error, values))),
      ...options.extraCheck?.(values),
    };
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await options.send(values);
    setBusy(false);
    if (result.ok) {
      setIssues({});
      options.onDone(result.value);
      return;
    }
    for (const field of options.clearOnRefusal ?? []) {
      setValues((current) => ({ ...current, [field]: '' }));
    }
    if (result.error.code === 'VALIDATION') show(issuesByField(errorFieldIssues(result.error)));
    else setFailure(result.error);
  }

  return { values, issues, failure, busy, formRef, set, submit, setValues };
}
