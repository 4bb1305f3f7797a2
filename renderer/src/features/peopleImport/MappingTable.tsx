import { Alert, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/import';
import { columnLetter } from '../../../../shared/domain/import-columns';
import { useMessageText } from '../../lib/message';
import { FIELD_GROUPS, fieldLabelKey } from './fields';
import type { ImportState } from './useImport';

/** Which column of the file holds each field: one table per group of fields, a select per field. */
export function MappingTable({ state, preview }: { state: ImportState; preview: ImportPreview }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const mapping = state.mapping ?? preview.mapping;
  const label = (field: string) => text({ key: fieldLabelKey(field) });
  const columnName = (index: number) => {
    const header = preview.headers[index] ?? '';
    const letter = columnLetter(index);
    return header
      ? t('peopleImport.mapping.column', { letter, header })
      : t('peopleImport.mapping.columnNoHeader', { letter });
  };
  const columns = [FIELD_GROUPS.slice(0, 2), FIELD_GROUPS.slice(2)];

  return (
    <Paper withBorder radius="md" p="lg" mb="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('peopleImport.mapping.title')}
        </Title>
        <Text c="gray.8">{t('peopleImport.mapping.intro')}</Text>
        {preview.missingFields.length > 0 && (
          <Alert color="red" variant="light">
            {t('peopleImport.mapping.missing', { fields: preview.missingFields.map(label).join(', ') })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl" verticalSpacing="md">
          {columns.map((groups, index) => (
            <Stack key={index} gap="md">
              {groups.map((group) => (
                <Table key={group.key} verticalSpacing={4} horizontalSpacing="sm" layout="fixed">
                  <Table.Caption ta="start" fw={650} c="dark" fz="md" mb={4} style={{ captionSide: 'top' }}>
                    {t(`peopleImport.mapping.groups.${group.key}`)}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col" w="32%">
                        {t('peopleImport.mapping.field')}
                      </Table.Th>
                      <Table.Th scope="col">{t('peopleImport.mapping.fileColumn')}</Table.Th>
                      <Table.Th scope="col" w="30%">
                        {t('peopleImport.mapping.example')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {group.fields.map((field) => {
                      const column = mapping[field];
                      return (
                        <Table.Tr key={field}>
                          <Table.Th scope="row" fw={500}>
                            {label(field)}
                          </Table.Th>
                          <Table.Td>
                            <NativeSelect
                              aria-label={label(field)}
                              size="sm"
                              value={column === null ? '' : String(column)}
                              onChange={(event) => {
                                const value = event.currentTarget.value;
                                state.changeMapping(field, value === '' ? null : Number(value));
                              }}
                            >
                              <option value="">{t('peopleImport.mapping.notInFile')}</option>
                              {preview.headers.map((_, i) => (
                                <option key={i} value={i}>
                                  {columnName(i)}
                                </option>
                              ))}
                            </NativeSelect>
                          </Table.Td>
                          <Table.Td c="gray.8" fz="sm" style={{ overflowWrap: 'break-word' }}>
                            {column === null ? '' : (preview.examples[column] ?? '')}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              ))}
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
