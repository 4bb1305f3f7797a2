import { Box, Button, Group, Loader, Pagination, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { useCan } from '../../app/useCan';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../lib/languageContext';
import { hasFilters } from './listQuery';
import { PeopleFilters } from './list/PeopleFilters';
import { PeopleTable } from './list/PeopleTable';
import { usePeopleList } from './list/usePeopleList';
import { useServices } from './useServices';

export function PeopleListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const list = usePeopleList();
  const services = useServices();
  const { page, query } = list;
  const searching = query.query.trim() !== '' || hasFilters(query);
  const pages = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  const from = page && page.total > 0 ? (page.page - 1) * page.pageSize + 1 : 0;
  const to = page ? from + page.items.length - 1 : 0;
  const number = (n: number) => formatNumber(n, language);
  const mayWrite = useCan('people.write');
  const mayImport = useCan('people.import');

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
        <Box flex={1}>
          <PageHeader title={t('people.title')}>{t('people.intro')}</PageHeader>
        </Box>
        <Group gap="sm" wrap="nowrap" mt="xs">
          {mayImport && (
            <Button component={Link} to="/people/import" variant="default">
              {t('people.actions.import')}
            </Button>
          )}
          {mayWrite && (
            <Button component={Link} to="/people/new">
              {t('people.actions.register')}
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder radius="md" p="lg" mb="lg">
        <Stack gap="md">
          <TextInput
            type="search"
            label={t('people.list.search')}
            description={t('people.list.searchHint')}
            value={list.typed}
            onChange={(event) => list.setTyped(event.currentTarget.value)}
            rightSection={list.loading ? <Loader size="xs" aria-hidden="true" /> : null}
            autoComplete="off"
            spellCheck={false}
            size="md"
            maw="40rem"
          />
          <PeopleFilters
            list={list}
            services={services.state.status === 'ready' ? services.state.value : []}
          />
        </Stack>
      </Paper>

      {list.error && <ErrorAlert error={list.error} onRetry={list.retry} />}
      {page && (
        <Paper withBorder radius="md">
          <Group justify="space-between" px="md" py="sm">
            {/* Announced when the count changes, so a screen reader hears how many were found. */}
            <Text role="status" fw={600}>
              {page.total > 0
                ? t('people.list.count', { from: number(from), to: number(to), total: number(page.total) })
                : searching
                  ? t('people.list.none')
                  : t('people.list.empty')}
            </Text>
          </Group>
          {page.items.length > 0 && <PeopleTable people={page.items} />}
          {pages > 1 && (
            <Group justify="center" py="md" component="nav" aria-label={t('people.list.pages')}>
              <Pagination
                total={pages}
                value={page.page}
                onChange={(n) => list.update({ page: n })}
                getControlProps={(control) =>
                  control === 'previous'
                    ? { 'aria-label': t('people.list.previousPage') }
                    : control === 'next'
                      ? { 'aria-label': t('people.list.nextPage') }
                      : {}
                }
              />
            </Group>
          )}
        </Paper>
      )}
    </>
  );
}
