import { useCallback, useEffect, useState } from 'react';
import type { AppErrorData, FieldIssue, Result } from '../../../../shared/contract';
import { retentionPolicySchema, type ArchivePerson } from '../../../../shared/contract/data-export';
import { fieldIssues } from '../../../../shared/contract';
import { errorFieldIssues, invoke } from '../../api';
import type { Message } from '../../lib/message';

export interface ArchiveData {
  years: number;
  candidates: ArchivePerson[];
  archived: ArchivePerson[];
}

async function fetchArchive(): Promise<Result<ArchiveData>> {
  const [policy, candidates, archived] = await Promise.all([
    invoke('archive.policy', {}),
    invoke('archive.candidates', {}),
    invoke('archive.list', {}),
  ]);
  if (!policy.ok) return policy;
  if (!candidates.ok) return candidates;
  if (!archived.ok) return archived;
  return {
    ok: true,
    value: {
      years: policy.value.yearsAfterDischarge,
      candidates: candidates.value,
      archived: archived.value,
    },
  };
}

/** The retention policy, who is due for the archive and who is in it; every change reloads all three. */
export function useArchive() {
  const [data, setData] = useState<ArchiveData | null>(null);
  const [loadError, setLoadError] = useState<AppErrorData | null>(null);
  const [yearsText, setYearsText] = useState('');
  const [yearsIssue, setYearsIssue] = useState<FieldIssue | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Message | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const apply = useCallback((result: Result<ArchiveData>) => {
    if (!result.ok) {
      setLoadError(result.error);
      return;
    }
    setLoadError(null);
    setData(result.value);
    setYearsText(String(result.value.years));
    const due = new Set(result.value.candidates.map((p) => p.id));
    setSelected((current) => new Set([...current].filter((id) => due.has(id))));
  }, []);

  useEffect(() => {
    let current = true;
    void fetchArchive().then((result) => {
      if (current) apply(result);
    });
    return () => {
      current = false;
    };
  }, [apply]);

  const reload = useCallback(async () => apply(await fetchArchive()), [apply]);

  const run = async (work: () => Promise<Message | null>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const message = await work();
    await reload();
    if (message) setNotice(message);
    setBusy(false);
  };

  const savePolicy = () => {
    const input = { yearsAfterDischarge: yearsText.trim() === '' ? Number.NaN : Number(yearsText) };
    const parsed = retentionPolicySchema.safeParse(input);
    if (!parsed.success) {
      setYearsIssue(fieldIssues(parsed.error, input).yearsAfterDischarge ?? { key: 'validation.invalid' });
      return;
    }
    setYearsIssue(null);
    void run(async () => {
      const result = await invoke('archive.setPolicy', parsed.data);
      if (result.ok) return { key: 'dataExport.archive.policySaved' };
      setYearsIssue(errorFieldIssues(result.error).yearsAfterDischarge ?? null);
      setError(result.error);
      return null;
    });
  };

  const archiveSelected = () =>
    void run(async () => {
      const result = await invoke('archive.archive', { ids: [...selected] });
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      setSelected(new Set());
      return { key: 'dataExport.archive.archivedCount', params: { count: result.value.archived } };
    });

  const restore = (person: ArchivePerson) =>
    void run(async () => {
      const result = await invoke('archive.restore', { id: person.id });
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      return {
        key: 'dataExport.archive.restored',
        params: { name: `${person.familyName} ${person.givenName}` },
      };
    });

  const toggle = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const toggleAll = (on: boolean) =>
    setSelected(new Set(on ? (data?.candidates ?? []).map((p) => p.id) : []));

  return {
    data,
    loadError,
    reload,
    yearsText,
    setYearsText: (text: string) => {
      setYearsText(text);
      setYearsIssue(null);
    },
    yearsIssue,
    savePolicy,
    selected,
    toggle,
    toggleAll,
    archiveSelected,
    restore,
    busy,
    notice,
    error,
  };
}
