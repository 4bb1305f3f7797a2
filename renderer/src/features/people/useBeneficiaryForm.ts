import { useEffect, useState, type FormEvent, type RefObject } from 'react';
import type { AppErrorData } from '../../../../shared/contract';
import type { Beneficiary, DuplicateRef } from '../../../../shared/domain/people';
import { errorFieldIssues, invoke } from '../../api';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useToday } from '../../lib/useToday';
import {
  checkValues,
  issuesForForm,
  newGuardian,
  type BeneficiaryValues,
  type FormIssues,
  type GuardianValues,
} from './beneficiaryForm';

/** What the last save came to; kept as data so its message follows a change of language. */
export type Outcome =
  | { kind: 'invalid' }
  | { kind: 'failed'; error: AppErrorData }
  | { kind: 'duplicates'; duplicates: DuplicateRef[]; canConfirm: boolean }
  | null;

/** Fields whose change makes an earlier duplicate warning out of date. */
const IDENTITY_FIELDS = new Set<keyof BeneficiaryValues>(['familyName', 'givenName', 'birthDate', 'pinfl']);

export function useBeneficiaryForm(
  initial: BeneficiaryValues,
  id: number | null,
  onSaved: (person: Beneficiary) => void,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FormIssues>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const today = useToday(useCentreTimeZone());

  // After a refused save, the first field with a message gets the focus, in screen order.
  useEffect(() => {
    if (focusRequest === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [focusRequest, formRef]);

  const clearIssue = (path: string) =>
    setIssues((current) => {
      if (!(path in current)) return current;
      const { [path]: _cleared, ...rest } = current;
      return rest;
    });

  function change<F extends keyof BeneficiaryValues>(field: F, value: BeneficiaryValues[F]): void {
    setValues((current) => ({ ...current, [field]: value }));
    clearIssue(field);
    if (field === 'regionCode') clearIssue('districtCode');
    if (IDENTITY_FIELDS.has(field))
      setOutcome((current) => (current?.kind === 'duplicates' ? null : current));
  }

  function changeGuardian<F extends keyof GuardianValues>(index: number, field: F, value: GuardianValues[F]) {
    setValues((current) => ({
      ...current,
      guardians: current.guardians.map((g, i) => (i === index ? { ...g, [field]: value } : g)),
    }));
    clearIssue(`guardians.${index}.${field}`);
  }

  function setPrimary(index: number): void {
    setValues((current) => ({
      ...current,
      guardians: current.guardians.map((g, i) => ({ ...g, isPrimary: i === index })),
    }));
    setIssues((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => !path.endsWith('.isPrimary'))),
    );
  }

  function addGuardian(): void {
    setValues((current) => ({
      ...current,
      guardians: [...current.guardians, newGuardian(current.guardians.length === 0)],
    }));
  }

  /** Removing a row shifts the rows below it, so their messages would point at the wrong row: drop them all. */
  function removeGuardian(index: number): void {
    setValues((current) => {
      const kept = current.guardians.filter((_, i) => i !== index);
      const hasPrimary = kept.some((g) => g.isPrimary);
      return {
        ...current,
        guardians: kept.map((g, i) => (hasPrimary || i > 0 ? g : { ...g, isPrimary: true })),
      };
    });
    setIssues((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith('guardians.'))),
    );
  }

  function refuse(found: FormIssues): void {
    setIssues(found);
    setOutcome({ kind: 'invalid' });
    setFocusRequest((n) => n + 1);
  }

  async function save(confirmNotDuplicate: boolean): Promise<void> {
    if (saving) return;
    const sent = values;
    const check = checkValues(sent, today, confirmNotDuplicate);
    if (!check.ok) {
      refuse(check.issues);
      return;
    }
    setSaving(true);
    const result =
      id === null
        ? await invoke('people.create', check.input)
        : await invoke('people.update', { ...check.input, id });
    setSaving(false);
    if (result.ok) {
      setIssues({});
      setOutcome(null);
      onSaved(result.value);
      return;
    }
    const { error } = result;
    if (error.code === 'VALIDATION') {
      refuse(issuesForForm(errorFieldIssues(error), sent));
    } else if (error.code === 'CONFLICT' && Array.isArray(error.details?.duplicates)) {
      const duplicates = error.details.duplicates as DuplicateRef[];
      setIssues(error.details.fields ?? {});
      setOutcome({ kind: 'duplicates', duplicates, canConfirm: duplicates.every((d) => d.match === 'name') });
    } else {
      setOutcome({ kind: 'failed', error });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void save(false);
  }

  return {
    values,
    issues,
    outcome,
    saving,
    change,
    changeGuardian,
    setPrimary,
    addGuardian,
    removeGuardian,
    submit,
    saveAnyway: () => void save(true),
  };
}

export type BeneficiaryForm = ReturnType<typeof useBeneficiaryForm>;
