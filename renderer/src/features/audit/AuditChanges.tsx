import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditRowChange } from '../../../../shared/contract/audit';
import { fieldChanges, showValue } from './auditFormat';
import classes from './AuditPage.module.css';

/** The rows one call changed, each as field: before → after. */
export function AuditChanges({ changes }: { changes: AuditRowChange[] }) {
  const { t } = useTranslation();
  const empty = t('audit.empty');
  return (
    <Stack gap="sm">
      {changes.map((change, index) => (
        <div key={index}>
          <Text fw={600} fz="sm">
            {t(`audit.operations.${change.operation}`)}: <code>{change.table}</code>{' '}
            <code className={classes.key}>{JSON.stringify(change.key)}</code>
          </Text>
          <Table withTableBorder fz="sm" verticalSpacing={4} className={classes.fields}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.field')}</Table.Th>
                <Table.Th scope="col">{t('audit.before')}</Table.Th>
                <Table.Th scope="col">{t('audit.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fieldChanges(change).map((field) => (
                <Table.Tr key={field.field}>
                  <Table.Th scope="row">
                    <code>{field.field}</code>
                  </Table.Th>
                  <Table.Td className={classes.before}>{showValue(field.before, empty)}</Table.Td>
                  <Table.Td className={classes.after}>{showValue(field.after, empty)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ))}
    </Stack>
  );
}
