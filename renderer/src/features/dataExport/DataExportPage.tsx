import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/useCan';
import { PageHeader } from '../../components/PageHeader';
import { ArchiveSection } from './ArchiveSection';
import { FullExportSection } from './FullExportSection';
import { FullImportSection } from './FullImportSection';
import { SpreadsheetSection } from './SpreadsheetSection';

/** #/settings/data: spreadsheets for a period, the full export and its import, and the archive. */
export function DataExportPage() {
  const { t } = useTranslation();
  // Replacing the whole database is an administrator's (data.import); a manager exports and archives only.
  const imports = useCan('data.import');
  return (
    <>
      <PageHeader title={t('dataExport.nav')}>{t('dataExport.intro')}</PageHeader>
      <Stack gap="lg" maw="60rem">
        <SpreadsheetSection />
        <FullExportSection />
        {imports && <FullImportSection />}
        <ArchiveSection />
      </Stack>
    </>
  );
}
