import { Alert, Anchor, Button, Group, List, Paper, Stack, Table, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResult } from '../../../../shared/contract/import';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { useLanguage } from '../../lib/languageContext';
import { RowProblems } from './RowProblems';

/** What the import did: the people it created, with links, and the rows it left out, with the reasons. */
export function ImportSummary({ result, onAnother }: { result: ImportResult; onAnother: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  // The page below the heading changed entirely: move the focus there, as a new page would.
  useEffect(() => heading.current?.focus(), []);
  const number = (n: number) => formatNumber(n, language);

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Title order={2} size="h3" ref={heading} tabIndex={-1}>
          {t('peopleImport.summary.title')}
        </Title>
        <Alert color={result.created.length > 0 ? 'teal' : 'yellow'} variant="light" role="status" fz="lg">
          {t('peopleImport.summary.result', {
            created: number(result.created.length),
            skipped: number(result.skipped.length),
          })}
        </Alert>
        {result.created.length > 0 && (
          <section aria-labelledby="import-created">
            <Title order={3} size="h4" id="import-created" mb="xs">
              {t('peopleImport.summary.created')}
            </Title>
            <List spacing={4}>
              {result.created.map((person) => (
                <List.Item key={person.id}>
                  <Anchor component={Link} to={`/people/${person.id}`}>
                    {person.name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </section>
        )}
        {result.skipped.length > 0 && (
          <section aria-labelledby="import-skipped">
            <Title order={3} size="h4" id="import-skipped" mb="xs">
              {t('peopleImport.summary.skipped')}
            </Title>
            <Table verticalSpacing="xs" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="8rem">
                    {t('peopleImport.preview.columns.row')}
                  </Table.Th>
                  <Table.Th scope="col">{t('peopleImport.preview.columns.problems')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.skipped.map((row) => (
                  <Table.Tr key={row.rowNumber}>
                    <Table.Th scope="row">{row.rowNumber}</Table.Th>
                    <Table.Td>
                      {row.status === 'duplicate' && t('peopleImport.summary.duplicate')}
                      <RowProblems row={row} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        )}
        <Group>
          <Button onClick={onAnother}>{t('peopleImport.summary.another')}</Button>
          <Button component={Link} to="/people" variant="default">
            {t('peopleImport.summary.toList')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
