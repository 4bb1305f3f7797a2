import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../../shared/domain/phone';
import type { Service } from '../../../../../shared/domain/services';
import type { StaffSummary } from '../../../../../shared/domain/staff';
import { useLanguage } from '../../../lib/languageContext';
import { hoursSummary } from '../format';
import { StatusBadge } from '../StatusBadge';

interface Props {
  staff: StaffSummary[];
  services: ReadonlyMap<number, Service>;
  showStatus: boolean;
  onEdit(staff: StaffSummary): void;
}

export function staffName(staff: Pick<StaffSummary, 'familyName' | 'givenName' | 'patronymic'>): string {
  return [staff.familyName, staff.givenName, staff.patronymic].filter(Boolean).join(' ');
}

export function StaffTable({ staff, services, showStatus, onEdit }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (staff.length === 0) return <Text>{t('places.staff.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" fz="sm">
        <Table.Caption>
          <VisuallyHidden>{t('places.staff.title')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('places.staff.name')}</Table.Th>
            <Table.Th scope="col">{t('places.staff.roles')}</Table.Th>
            <Table.Th scope="col">{t('places.staff.services')}</Table.Th>
            <Table.Th scope="col">{t('places.staff.hours')}</Table.Th>
            <Table.Th scope="col">{t('places.staff.phone')}</Table.Th>
            {showStatus && <Table.Th scope="col">{t('places.form.status')}</Table.Th>}
            <Table.Th scope="col">
              <VisuallyHidden>{t('places.form.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((person) => {
            const name = staffName(person);
            const delivered = person.serviceIds
              .map((id) => services.get(id)?.names[language])
              .filter((serviceName): serviceName is string => serviceName !== undefined);
            const hours = hoursSummary(person.hours, language);
            return (
              <Table.Tr key={person.id}>
                <Table.Th scope="row">
                  <Text fw={600} fz="sm">
                    {name}
                  </Text>
                  {person.position && (
                    <Text fz="xs" c="dimmed">
                      {person.position}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{person.roles.map((role) => t(`places.roles.${role}`)).join(', ')}</Table.Td>
                <Table.Td>{delivered.length > 0 ? delivered.join(', ') : '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {hours.length === 0 ? (
                    t('places.staff.noHours')
                  ) : (
                    <Stack gap={0}>
                      {hours.map((line) => (
                        <span key={line}>{line}</span>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {person.phone ? formatPhone(person.phone) : '—'}
                </Table.Td>
                {showStatus && (
                  <Table.Td>
                    <StatusBadge active={person.active} />
                  </Table.Td>
                )}
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => onEdit(person)}
                    aria-label={t('places.actions.editNamed', { name })}
                  >
                    {t('places.actions.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
