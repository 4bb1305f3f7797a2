import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../../shared/contract';
import type { Language } from '../../../../../shared/domain/languages';
import { invoke } from '../../../api';
import { saveFile } from '../../../api/files';
import { combinePdfs } from './combine';

export type BatchOutput = 'combined' | 'folder';

export type BatchState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; name: string }
  | { kind: 'done'; count: number }
  | { kind: 'stopped'; count: number }
  | { kind: 'nobody' }
  | { kind: 'failed'; error: AppErrorData; name: string | null };

export interface BatchRequest {
  groupId: number | undefined;
  from: string;
  to: string;
  language: Language;
  output: BatchOutput;
}

/**
 * Prints the reports child by child: each is one backend call, so the bar moves after every child and Stop
 * takes effect before the next one. A combined PDF is joined and saved once all are there; "folder" saves
 * each report as it comes.
 */
export function useReportBatch() {
  const { t } = useTranslation();
  const [state, setState] = useState<BatchState>({ kind: 'idle' });
  const stopping = useRef(false);

  const run = async (request: BatchRequest) => {
    stopping.current = false;
    const { groupId, from, to, language, output } = request;
    const children = await invoke('documents.progressReport.children', {
      from,
      to,
      ...(groupId === undefined ? {} : { groupId }),
    });
    if (!children.ok) return setState({ kind: 'failed', error: children.error, name: null });
    const list = children.value;
    if (list.length === 0) return setState({ kind: 'nobody' });
    const parts: string[] = [];
    for (const [index, child] of list.entries()) {
      if (stopping.current) return setState({ kind: 'stopped', count: index });
      setState({ kind: 'running', done: index, total: list.length, name: child.name });
      const report = await invoke('documents.progressReport', {
        beneficiaryId: child.beneficiaryId,
        from,
        to,
        language,
      });
      if (!report.ok) return setState({ kind: 'failed', error: report.error, name: child.name });
      if (output === 'folder')
        await saveFile(
          { fileName: report.value.fileName, base64: report.value.bytes, mime: 'application/pdf' },
          t,
        );
      else parts.push(report.value.bytes);
    }
    if (stopping.current) return setState({ kind: 'stopped', count: list.length });
    if (output === 'combined') {
      setState({ kind: 'running', done: list.length, total: list.length, name: '' });
      const base64 = await combinePdfs(parts);
      await saveFile({ fileName: `progress-${from}-${to}.pdf`, base64, mime: 'application/pdf' }, t);
    }
    setState({ kind: 'done', count: list.length });
  };

  return {
    state,
    start: (request: BatchRequest) => void run(request),
    stop: () => {
      stopping.current = true;
    },
  };
}
