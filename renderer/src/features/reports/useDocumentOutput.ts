import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Result } from '../../../../shared/contract';
import type { RenderedDocument } from '../../../../shared/contract/documents';
import { cancelPrint, preparePrint, printPdf, saveFile } from '../../api/files';

export type OutputAction = 'save' | 'print';
export type OutputNotice = 'saved' | 'downloaded' | 'printOpened';

/**
 * Renders a document and saves or prints it, with what the page shows meanwhile: which button is busy, the
 * error if rendering or saving failed, and what became of the file.
 */
export function useDocumentOutput() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<OutputAction | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState<OutputNotice | null>(null);

  const run = useCallback(
    async (action: OutputAction, render: () => Promise<Result<RenderedDocument>>, title: string) => {
      setBusy(action);
      setError(null);
      setNotice(null);
      // Before any await: a browser opens the tab for printing only while the click still counts.
      const target = action === 'print' ? preparePrint(t) : null;
      try {
        const result = await render();
        if (!result.ok) {
          if (target) cancelPrint(target);
          setError(result.error);
          return;
        }
        const file = { fileName: result.value.fileName, base64: result.value.bytes };
        if (target) {
          await printPdf(target, file, title);
          setNotice('printOpened');
          return;
        }
        const saved = await saveFile({ ...file, mime: 'application/pdf' }, t);
        // A cancelled dialog needs no word: the person chose it.
        if (saved !== 'cancelled') setNotice(saved);
      } catch (failure) {
        if (target) cancelPrint(target);
        setError({ code: 'INTERNAL', message: failure instanceof Error ? failure.message : String(failure) });
      } finally {
        setBusy(null);
      }
    },
    [t],
  );

  return { busy, error, notice, run };
}
