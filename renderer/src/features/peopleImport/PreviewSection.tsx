import {
  Alert,
  Button,
  Checkbox,
  Group,
  Pagination,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRowStatus } from '../../../../shared/contract/import';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../lib/languageContext';
import { PreviewTable } from './PreviewTable';
import type { ImportState } from './useImport';

const PAGE_SIZE = 25;
type Filter = 'all' | ImportRowStatus;
const FILTERS: Filter[] = ['all', 'invalid', 'duplicate', 'valid'];

/** A count under its label; coloured only when there is something to notice. */
function Count({ label, value, colour }: { label: string; value: number; colour?: string }) {
  const { language } = useLanguage();
  return (
    <div>
      <Text size="sm" c="gray.8">
        {label}
      </Text>
      <Text fz="1.75rem" fw={700} c={value > 0 ? colour : undefined} lh={1.2}>
        {formatNumber(value, language)}
      </Text>
    </div>
  );
}

export function PreviewSection({ state, preview }: { state: ImportState; preview: ImportPreview }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const number = (n: number) => formatNumber(n, language);
  const { counts } = preview;

  const shown = filter === 'all' ? preview.rows : preview.rows.filter((row) => row.status === filter);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const from = rows.length > 0 ? (current - 1) * PAGE_SIZE + 1 : 0;
  const caption = t('peopleImport.preview.caption', {
    from: number(from),
    to: number(from + rows.length - 1),
    total: number(shown.length),
  });
  const toImport = counts.valid + (state.includeDuplicates ? counts.duplicates : 0);
  const blocked = state.stale || state.checking;

  return (
    <Paper withBorder radius="md" p="lg" mb="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('peopleImport.preview.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} role="status">
          <Count label={t('peopleImport.preview.counts.total')} value={counts.total} />
          <Count label={t('peopleImport.preview.counts.valid')} value={counts.valid} colour="teal.9" />
          <Count label={t('peopleImport.preview.counts.invalid')} value={counts.invalid} colour="red.9" />
          <Count
            label={t('peopleImport.preview.counts.duplicates')}
            value={counts.duplicates}
            colour="orange.9"
          />
        </SimpleGrid>

        <Stack gap={4}>
          <Text id="import-filter-label" size="sm" fw={500}>
            {t('peopleImport.preview.filter')}
          </Text>
          <SegmentedControl
            aria-labelledby="import-filter-label"
            value={filter}
            onChange={(value) => {
              setFilter(value as Filter);
              setPage(1);
            }}
            data={FILTERS.map((f) => ({ value: f, label: t(`peopleImport.preview.filters.${f}`) }))}
            w="fit-content"
          />
        </Stack>

        {rows.length > 0 ? (
          <>
            <Text size="sm" c="gray.8" aria-hidden="true">
              {caption}
            </Text>
            <PreviewTable rows={rows} caption={caption} />
          </>
        ) : (
          <Text c="gray.8">{t('peopleImport.preview.none')}</Text>
        )}
        {pages > 1 && (
          <Group justify="center" component="nav" aria-label={t('peopleImport.preview.pages')}>
            <Pagination total={pages} value={current} onChange={setPage} />
          </Group>
        )}

        {counts.duplicates > 0 && (
          <Checkbox
            label={t('peopleImport.preview.includeDuplicates')}
            checked={state.includeDuplicates}
            onChange={(event) => state.setIncludeDuplicates(event.currentTarget.checked)}
          />
        )}
        {state.error && <ErrorAlert error={state.error} onRetry={state.stale ? state.recheck : undefined} />}
        {toImport === 0 && !blocked ? (
          <Alert color="yellow" variant="light">
            {t('peopleImport.preview.nothingToImport')}
          </Alert>
        ) : (
          <Group>
            <Button
              size="md"
              onClick={() => void state.commit()}
              loading={state.committing}
              disabled={blocked || toImport === 0}
            >
              {t('peopleImport.preview.import', { n: number(toImport) })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
