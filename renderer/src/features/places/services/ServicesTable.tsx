import { ColorSwatch, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../../shared/domain/services';
import { DataTable } from '../../../components/DataTable';
import { useLanguage } from '../../../lib/languageContext';
import { ageBandText } from '../format';
import { actionsColumn, statusColumn } from '../table/columns';
import { EditButton } from '../table/RowButtons';
import { StatusCell } from '../table/StatusCell';

interface Props {
  services: Service[];
  /** Shown only when services no longer in use are listed too. */
  showStatus: boolean;
  onEdit(service: Service): void;
}

export function ServicesTable({ services, showStatus, onEdit }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <DataTable
      caption={t('places.services.title')}
      empty={t('places.services.empty')}
      minWidth={900}
      columns={[
        { label: t('places.services.name') },
        { label: t('places.services.kind') },
        { label: t('places.services.duration') },
        { label: t('places.services.ageBand') },
        { label: t('places.services.eligibility') },
        statusColumn(t, showStatus),
        actionsColumn(t),
      ]}
      rows={services}
    >
      {(service) => {
        const name = service.names[language];
        return (
          <Table.Tr key={service.id}>
            <Table.Th scope="row" fw={600}>
              <Group gap="sm" wrap="nowrap">
                <ColorSwatch color={service.colour} size={14} aria-hidden="true" />
                <span>{name}</span>
              </Group>
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`places.serviceKinds.${service.kind}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {t('places.services.minutes', { count: service.defaultMinutes })}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{ageBandText(service, t)}</Table.Td>
            <Table.Td>
              {service.eligibility.length === 0
                ? t('places.services.everyone')
                : service.eligibility.map((criterion) => t(`places.eligibility.${criterion}`)).join(', ')}
            </Table.Td>
            <StatusCell shown={showStatus} active={service.active} />
            <Table.Td ta="right">
              <EditButton name={name} onClick={() => onEdit(service)} />
            </Table.Td>
          </Table.Tr>
        );
      }}
    </DataTable>
  );
}
