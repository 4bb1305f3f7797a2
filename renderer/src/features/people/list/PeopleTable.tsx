import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fullName, type BeneficiarySummary } from '../../../../../shared/domain/people';
import { formatPhone } from '../../../../../shared/domain/phone';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { DataTable } from '../../../components/DataTable';
import { useCentreTimeZone } from '../../../lib/centreContext';
import { useLanguage } from '../../../lib/languageContext';
import { useToday } from '../../../lib/useToday';
import { personAgeText } from '../personAge';
import { StatusBadge } from '../page/StatusBadge';
import { DisabilityMark } from './DisabilityMark';

export function PeopleTable({ people }: { people: BeneficiarySummary[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = useToday(useCentreTimeZone());
  return (
    <DataTable
      caption={t('people.list.caption')}
      minWidth="56rem"
      verticalSpacing="sm"
      horizontalSpacing="md"
      columns={[
        { label: t('people.fields.name') },
        { label: t('people.fields.birthDate') },
        { label: t('people.fields.age') },
        { label: t('people.fields.pinfl') },
        { label: t('people.fields.primaryGuardian') },
        { label: t('people.fields.status') },
      ]}
      rows={people}
    >
      {(person) => (
        <Table.Tr key={person.id}>
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
                {fullName(person)}
              </Anchor>
              {person.hasDisability && <DisabilityMark />}
            </Group>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {formatCalendarDate(person.birthDate, language, 'short')}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {personAgeText(person.birthDate, person.age, today, t)}
          </Table.Td>
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
      )}
    </DataTable>
  );
}
