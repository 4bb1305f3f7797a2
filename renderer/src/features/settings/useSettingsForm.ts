import { useRef, useState, type FormEvent } from 'react';
import type { AppErrorData } from '../../../../shared/contract';
import type { CentreSettings } from '../../../../shared/domain/settings';
import { errorFieldIssues, invoke, issuesByField } from '../../api';
import { useCentre } from '../../lib/centreContext';
import { checkSettings, firstInvalidField, type SettingsField, type SettingsIssues } from './settingsForm';

/** What the last submit came to. Kept as data, so its message follows a change of language. */
export type Outcome =
  { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; error: AppErrorData } | null;

export function useSettingsForm(initial: CentreSettings) {
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<SettingsIssues>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const centre = useCentre();

  function change<F extends SettingsField>(field: F, value: CentreSettings[F]): void {
    setValues((current) => ({ ...current, [field]: value }));
    // The edited field's old message no longer describes it; "saved" no longer describes the form.
    setIssues(({ [field]: _edited, ...rest }) => rest);
    setOutcome((current) => (current?.kind === 'saved' ? null : current));
  }

  function showIssues(found: SettingsIssues): void {
    setIssues(found);
    setOutcome({ kind: 'invalid' });
    const field = firstInvalidField(found);
    const element = field ? formRef.current?.elements.namedItem(field) : null;
    // Working days are seven inputs of one name: focus the first of them.
    const target = element instanceof RadioNodeList ? element[0] : element;
    if (target instanceof HTMLElement) target.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (saving) return;
    const check = checkSettings(values);
    if (!check.ok) {
      showIssues(check.issues);
      return;
    }
    setSaving(true);
    setOutcome(null);
    const result = await invoke('settings.update', check.input);
    setSaving(false);
    if (result.ok) {
      setValues(result.value);
      centre.setSettings(result.value);
      setIssues({});
      setOutcome({ kind: 'saved' });
    } else if (result.error.code === 'VALIDATION') {
      showIssues(issuesByField(errorFieldIssues(result.error)));
    } else {
      setOutcome({ kind: 'failed', error: result.error });
    }
  }

  return { values, issues, outcome, saving, formRef, change, submit };
}
