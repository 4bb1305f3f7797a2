import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../../shared/contract';
import type { Language } from '../../../../../shared/domain/languages';
import { invoke } from '../../../api';
import { saveFile, saveFilesToFolder, type FileToSave } from '../../../api/files';
import { combinePdfs } from './combine';
import { childReportFileName, combinedReportFileName } from './reportFileNames';

export type BatchOutput = 'combined' | 'folder';

/** Where the finished reports went: the folder chosen, the one file's dialog, or the browser's downloads. */
export type BatchSaved = 'folder' | 'file' | 'downloaded';

export type BatchState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; name: string }
  | { kind: 'saving'; total: number }
  | { kind: 'done'; count: number; saved: BatchSaved; folder: string | null }
  | { kind: 'notSaved'; count: number }
  | { kind: 'stopped'; count: number }
  | { kind: 'nobody' }
  | { kind: 'failed'; error: AppErrorData; name: string | null };

export interface BatchRequest {
  groupId: number | undefined;
  /** The group's name for the combined file's name; null for all active children. */
  groupName: string | null;
  from: string;
  to: string;
  language: Language;
  output: BatchOutput;
}

const asError = (failure: unknown): AppErrorData => ({
  code: 'INTERNAL',
  message: failure instanceof Error ? failure.message : String(failure),
});

/**
 * Prepares the reports child by child: each is one backend call, so the bar moves after every child and Stop
 * takes effect before the next one. Nothing is written until all are there, so a stopped batch leaves no half
 * set behind: then one save dialog for the combined PDF, or one folder dialog for a file per child (a browser
 * downloads each file).
 */
export function useReportBatch() {
  const { t } = useTranslation();
  const [state, setState] = useState<BatchState>({ kind: 'idle' });
  const stopping = useRef(false);

  const prepare = async (request: BatchRequest): Promise<FileToSave[] | BatchState> => {
    const { groupId, from, to, language } = request;
    const children = await invoke('documents.progressReport.children', {
      from,
      to,
      ...(groupId === undefined ? {} : { groupId }),
    });
    if (!children.ok) return { kind: 'failed', error: children.error, name: null };
    const list = children.value;
    if (list.length === 0) return { kind: 'nobody' };
    const files: FileToSave[] = [];
    for (const [index, child] of list.entries()) {
      if (stopping.current) return { kind: 'stopped', count: index };
      setState({ kind: 'running', done: index, total: list.length, name: child.name });
      const report = await invoke('documents.progressReport', {
        beneficiaryId: child.beneficiaryId,
        from,
        to,
        language,
      });
      if (!report.ok) return { kind: 'failed', error: report.error, name: child.name };
      const fileName = childReportFileName(child.name, from, to);
      files.push({ fileName, base64: report.value.bytes, mime: 'application/pdf' });
    }
    if (stopping.current) return { kind: 'stopped', count: list.length };
    return files;
  };

  const save = async (request: BatchRequest, files: FileToSave[]): Promise<BatchState> => {
    const count = files.length;
    setState({ kind: 'saving', total: count });
    if (request.output === 'folder') {
      const outcome = await saveFilesToFolder(files, t);
      if (outcome.kind === 'cancelled') return { kind: 'notSaved', count };
      if (outcome.kind === 'downloaded') return { kind: 'done', count, saved: 'downloaded', folder: null };
      return { kind: 'done', count, saved: 'folder', folder: outcome.folder };
    }
    const base64 = await combinePdfs(files.map((file) => file.base64));
    const title = t('notes.batch.combinedFileName');
    const fileName = combinedReportFileName(title, request.groupName, request.from, request.to);
    const outcome = await saveFile({ fileName, base64, mime: 'application/pdf' }, t);
    if (outcome === 'cancelled') return { kind: 'notSaved', count };
    return { kind: 'done', count, saved: outcome === 'saved' ? 'file' : 'downloaded', folder: null };
  };

  const run = async (request: BatchRequest) => {
    stopping.current = false;
    try {
      const prepared = await prepare(request);
      setState(Array.isArray(prepared) ? await save(request, prepared) : prepared);
    } catch (failure) {
      setState({ kind: 'failed', error: asError(failure), name: null });
    }
  };

  return {
    state,
    start: (request: BatchRequest) => void run(request),
    stop: () => {
      stopping.current = true;
    },
  };
}
