import { useRef, useState } from 'react';
import { fieldIssues, type AppErrorData, type FieldIssue } from '../../../../shared/contract';
import {
  importDefaultsSchema,
  MAX_IMPORT_FILE_BYTES,
  type ImportDefaults,
  type ImportPreview,
  type ImportResult,
} from '../../../../shared/contract/import';
import type { ImportField } from '../../../../shared/domain/import-columns';
import { readDate } from '../../../../shared/domain/import-cells';
import type { BeneficiaryStatus, GuardianRelation } from '../../../../shared/domain/people';
import { errorFieldIssues, invoke } from '../../api';
import { readFileAsBase64 } from './readFile';

export interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

/** The defaults as typed: the referral date stays as the person wrote it until it is read. */
export interface DefaultsForm {
  status: BeneficiaryStatus;
  regionCode: string;
  districtCode: string;
  referralCentre: string;
  referralNumber: string;
  referralDate: string;
  guardianRelation: GuardianRelation;
}

export const EMPTY_DEFAULTS: DefaultsForm = {
  status: 'waiting',
  regionCode: '',
  districtCode: '',
  referralCentre: '',
  referralNumber: '',
  referralDate: '',
  guardianRelation: 'other',
};

type Mapping = Record<ImportField, number | null>;

/** Checks the defaults with the channel's own schema; field issues are keyed by the default's name. */
function checkDefaults(
  form: DefaultsForm,
): { ok: true; value: ImportDefaults } | { ok: false; issues: Record<string, FieldIssue> } {
  const input = { ...form, referralDate: readDate(form.referralDate) ?? form.referralDate };
  const parsed = importDefaultsSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: fieldIssues(parsed.error, input) };
}

/** Field issues of a failed call, keyed without the "defaults." prefix; the file's under "file". */
function issuesOf(error: AppErrorData): { file?: FieldIssue; defaults: Record<string, FieldIssue> } {
  const fields = errorFieldIssues(error);
  const defaults: Record<string, FieldIssue> = {};
  for (const [path, issue] of Object.entries(fields)) {
    if (path.startsWith('defaults.')) defaults[path.slice('defaults.'.length)] = issue;
  }
  const file = fields.contentBase64 ?? fields.fileName;
  return file ? { file, defaults } : { defaults };
}

/**
 * The import page's state: the chosen file, the mapping and the defaults are kept through every error, so a
 * failed check or import never makes the person start again.
 */
export function useImport() {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileIssue, setFileIssue] = useState<FieldIssue | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [defaults, setDefaults] = useState<DefaultsForm>(EMPTY_DEFAULTS);
  const [defaultsIssues, setDefaultsIssues] = useState<Record<string, FieldIssue>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** The preview no longer matches the file, mapping or defaults (a check failed or is running). */
  const [stale, setStale] = useState(false);
  const [checking, setChecking] = useState(false);
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [committing, setCommitting] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  /** Only the latest check may show its answer: a slower earlier one must not overwrite it. */
  const latest = useRef(0);
  /** The defaults of the latest check, so leaving an unchanged field checks nothing again. */
  const checkedDefaults = useRef<DefaultsForm | null>(null);

  async function check(next: { file: ChosenFile; mapping: Mapping | null; defaults: DefaultsForm }) {
    checkedDefaults.current = next.defaults;
    const checked = checkDefaults(next.defaults);
    setDefaultsIssues(checked.ok ? {} : checked.issues);
    setStale(true);
    if (!checked.ok) return;
    const request = ++latest.current;
    setChecking(true);
    setError(null);
    const answer = await invoke('import.preview', {
      fileName: next.file.name,
      contentBase64: next.file.base64,
      ...(next.mapping && { mapping: next.mapping }),
      defaults: checked.value,
    });
    if (request !== latest.current) return;
    setChecking(false);
    if (answer.ok) {
      setPreview(answer.value);
      setMapping(answer.value.mapping);
      setFileIssue(null);
      setStale(false);
      return;
    }
    const issues = issuesOf(answer.error);
    setDefaultsIssues(issues.defaults);
    if (issues.file) {
      setFileIssue(issues.file);
      setPreview(null);
    } else if (Object.keys(issues.defaults).length === 0) {
      setError(answer.error);
    }
  }

  async function chooseFile(chosen: File | null) {
    if (!chosen) return;
    setResult(null);
    setError(null);
    const base = { name: chosen.name, size: chosen.size, base64: '' };
    if (chosen.size > MAX_IMPORT_FILE_BYTES) {
      setFile(base);
      setPreview(null);
      setFileIssue({ key: 'peopleImport.validation.fileTooBig' });
      return;
    }
    const next = { ...base, base64: await readFileAsBase64(chosen) };
    setFile(next);
    setFileIssue(null);
    setPreview(null);
    // A new file has its own columns: the mapping is suggested again from its headers.
    setMapping(null);
    setIncludeDuplicates(false);
    await check({ file: next, mapping: null, defaults });
  }

  function changeMapping(field: ImportField, column: number | null) {
    if (!file || !mapping) return;
    const next = { ...mapping, [field]: column };
    setMapping(next);
    void check({ file, mapping: next, defaults });
  }

  /** Selects apply at once; typed defaults when the person leaves the field (`apply`). */
  function changeDefaults(patch: Partial<DefaultsForm>, apply: boolean) {
    const next = { ...defaults, ...patch };
    setDefaults(next);
    if (apply && file && !fileIssue) void check({ file, mapping, defaults: next });
  }

  function applyDefaults() {
    if (file && !fileIssue && checkedDefaults.current !== defaults) void check({ file, mapping, defaults });
  }

  /** Runs the last check again, after a failure that was not about the input. */
  function recheck() {
    if (file && !fileIssue) void check({ file, mapping, defaults });
  }

  async function commit() {
    const checked = checkDefaults(defaults);
    if (!file || !preview || stale || committing || !checked.ok) return;
    setCommitting(true);
    setError(null);
    const answer = await invoke('import.commit', {
      fileName: file.name,
      contentBase64: file.base64,
      mapping: preview.mapping,
      defaults: checked.value,
      skipDuplicates: !includeDuplicates,
    });
    setCommitting(false);
    if (answer.ok) setResult(answer.value);
    else setError(answer.error);
  }

  function startAgain() {
    latest.current += 1;
    setFile(null);
    setFileIssue(null);
    setMapping(null);
    setPreview(null);
    setStale(false);
    setChecking(false);
    setIncludeDuplicates(false);
    setError(null);
    setResult(null);
  }

  return {
    file,
    fileIssue,
    mapping,
    defaults,
    defaultsIssues,
    preview,
    stale,
    checking,
    includeDuplicates,
    setIncludeDuplicates,
    committing,
    error,
    result,
    chooseFile,
    changeMapping,
    changeDefaults,
    applyDefaults,
    recheck,
    commit,
    startAgain,
  };
}

export type ImportState = ReturnType<typeof useImport>;
