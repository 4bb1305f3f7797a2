import { Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fullName, type BeneficiarySummary } from '../../../../../shared/domain/people';
import { formatPhone } from '../../../../../shared/domain/phone';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';
import { StatusBadge } from '../page/StatusBadge';

export function PeopleTable({ people }: { people: BeneficiarySummary[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Table.ScrollContainer minWidth="56rem">
      <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
        <Table.Caption>
          <VisuallyHidden>{t('people.list.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('people.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('people.fields.birthDate')}</Table.Th>
            <Table.Th scope="col">{t('people.fields.age')}</Table.Th>
            <Table.Th scope="col">{t('people.fields.pinfl')}</Table.Th>
            <Table.Th scope="col">{t('people.fields.primaryGuardian')}</Table.Th>
            <Table.Th scope="col">{t('people.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
                    {fullName(person)}
                  </Anchor>
                  {person.hasDisability && (
                    <Badge
                      size="xs"
                      variant="outline"
                      color="grape.9"
                      circle
                      title={t('people.list.disabilityMark')}
                      aria-label={t('people.list.disabilityMark')}
                    >
                      ♿
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatCalendarDate(person.birthDate, language, 'short')}
              </Table.Td>
              <Table.Td>{person.age}</Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {person.pinfl ?? '—'}
              </Table.Td>
              <Table.Td>
                {person.primaryGuardian ? (
                  <>
                    <Text size="sm">{fullName(person.primaryGuardian)}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`people.relation.${person.primaryGuardian.relation}`)}
                      {person.primaryGuardian.phone && (
                        <>
                          {' · '}
                          <Text span size="sm" c="dark" style={{ whiteSpace: 'nowrap' }}>
                            {formatPhone(person.primaryGuardian.phone)}
                          </Text>
                        </>
                      )}
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={person.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
