import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssues, type AppErrorData, type FieldIssue } from '../../../../shared/contract';
import {
  spreadsheetExportSchema,
  type ExportDataset,
  type ExportFormat,
} from '../../../../shared/contract/data-export';
import type { Language } from '../../../../shared/domain/languages';
import { errorFieldIssues, invoke, issuesByField } from '../../api';
import { saveFile } from '../../api/files';
import { typedDateInput, toTypedDate } from '../places/form/typedDate';

export interface SheetValues {
  dataset: ExportDataset;
  format: ExportFormat;
  language: Language;
  /** As typed: DD.MM.YYYY. */
  from: string;
  to: string;
}

export type SheetOutcome =
  | { kind: 'saved'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: AppErrorData }
  | null;

/** The spreadsheet form: checked with the channel's own schema before the call, and by the backend again. */
export function useSpreadsheetExport(today: string, language: Language) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SheetValues>({
    dataset: 'beneficiaries',
    format: 'xlsx',
    language,
    from: toTypedDate(`${today.slice(0, 8)}01`),
    to: toTypedDate(today),
  });
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [outcome, setOutcome] = useState<SheetOutcome>(null);
  const [busy, setBusy] = useState(false);

  const change = <K extends keyof SheetValues>(field: K, value: SheetValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setIssues(({ [field]: _fixed, ...rest }) => rest);
    setOutcome(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, from: typedDateInput(values.from), to: typedDateInput(values.to) };
    const parsed = spreadsheetExportSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(issuesByField(fieldIssues(parsed.error, input)));
      return;
    }
    setBusy(true);
    setOutcome(null);
    const result = await invoke('dataExport.spreadsheet', input);
    if (!result.ok) {
      setIssues(issuesByField(errorFieldIssues(result.error)));
      setOutcome({ kind: 'failed', error: result.error });
    } else {
      const { fileName, bytes, mime } = result.value;
      const saved = await saveFile({ fileName, base64: bytes, mime }, t);
      setOutcome(saved === 'cancelled' ? { kind: 'cancelled' } : { kind: 'saved', fileName });
    }
    setBusy(false);
  };

  return { values, issues, outcome, busy, change, submit };
}
