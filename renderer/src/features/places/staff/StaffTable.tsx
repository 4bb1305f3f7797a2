import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../../shared/domain/phone';
import type { Service } from '../../../../../shared/domain/services';
import type { StaffSummary } from '../../../../../shared/domain/staff';
import { DataTable } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { hoursSummary } from '../format';
import { actionsColumn, statusColumn } from '../table/columns';
import { EditButton } from '../table/RowButtons';
import { StatusCell } from '../table/StatusCell';

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
  return (
    <DataTable
      caption={t('places.staff.title')}
      empty={t('places.staff.empty')}
      minWidth={960}
      fz="sm"
      columns={[
        { label: t('places.staff.name') },
        { label: t('places.staff.roles') },
        { label: t('places.staff.services') },
        { label: t('places.staff.hours') },
        { label: t('places.staff.phone') },
        statusColumn(t, showStatus),
        actionsColumn(t),
      ]}
      rows={staff}
    >
      {(person) => {
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
            <StatusCell shown={showStatus} active={person.active} />
            <Table.Td ta="right">
              <EditButton name={name} onClick={() => onEdit(person)} />
            </Table.Td>
          </Table.Tr>
        );
      }}
    </DataTable>
  );
}
