import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fullName, type Beneficiary } from '../../../../../shared/domain/people';
import { formatPhone } from '../../../../../shared/domain/phone';
import { Card } from './Card';

export function GuardiansCard({ person }: { person: Beneficiary }) {
  const { t } = useTranslation();
  const earlyIntervention = person.services.some((s) => s.code === 'early_intervention');
  return (
    <Card title={t('people.page.guardians')}>
      {person.guardians.length === 0 ? (
        <Text c="dimmed">{t('people.page.noGuardians')}</Text>
      ) : (
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('people.fields.relation')}</Table.Th>
              <Table.Th scope="col">{t('people.fields.name')}</Table.Th>
              <Table.Th scope="col">{t('people.fields.phone')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {person.guardians.map((guardian) => (
              <Table.Tr key={guardian.id}>
                <Table.Td>{t(`people.relation.${guardian.relation}`)}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text>{fullName(guardian)}</Text>
                    {guardian.isPrimary && (
                      <Badge variant="light" size="sm">
                        {t('people.fields.primaryGuardian')}
                      </Badge>
                    )}
                    {earlyIntervention && guardian.relation === 'mother' && (
                      <Text size="sm" c="dimmed">
                        {t('people.page.mother')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {guardian.phone ? formatPhone(guardian.phone) : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
