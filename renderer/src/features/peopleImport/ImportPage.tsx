import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { DefaultsForm } from './DefaultsForm';
import { FileStep } from './FileStep';
import { ImportSummary } from './ImportSummary';
import { MappingTable } from './MappingTable';
import { PreviewSection } from './PreviewSection';
import { useImport } from './useImport';

/**
 * Importing a referral list: choose the file, check which column holds what and what every row gets, look
 * at each row's problems, import the ready rows, see what was imported and what was left out.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const state = useImport();
  const { preview, result } = state;
  return (
    <>
      <PageHeader title={t('peopleImport.title')}>{result ? undefined : t('peopleImport.intro')}</PageHeader>
      {result ? (
        <ImportSummary result={result} onAnother={state.startAgain} />
      ) : (
        <>
          <FileStep state={state} />
          {preview && state.file && !state.fileIssue && (
            <>
              <MappingTable state={state} preview={preview} />
              <DefaultsForm state={state} />
              {/* A new file starts on the first page with every row shown. */}
              <PreviewSection key={state.file.name + state.file.size} state={state} preview={preview} />
            </>
          )}
        </>
      )}
    </>
  );
}
