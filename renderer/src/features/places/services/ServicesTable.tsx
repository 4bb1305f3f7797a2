import { Button, ColorSwatch, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../../shared/domain/services';
import { useLanguage } from '../../../lib/languageContext';
import { ageBandText } from '../format';
import { StatusBadge } from '../StatusBadge';

interface Props {
  services: Service[];
  /** Shown only when services no longer in use are listed too. */
  showStatus: boolean;
  onEdit(service: Service): void;
}

export function ServicesTable({ services, showStatus, onEdit }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (services.length === 0) return <Text>{t('places.services.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>
          <VisuallyHidden>{t('places.services.title')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('places.services.name')}</Table.Th>
            <Table.Th scope="col">{t('places.services.kind')}</Table.Th>
            <Table.Th scope="col">{t('places.services.duration')}</Table.Th>
            <Table.Th scope="col">{t('places.services.ageBand')}</Table.Th>
            <Table.Th scope="col">{t('places.services.eligibility')}</Table.Th>
            {showStatus && <Table.Th scope="col">{t('places.form.status')}</Table.Th>}
            <Table.Th scope="col">
              <VisuallyHidden>{t('places.form.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => {
            const name = service.names[language];
            return (
              <Table.Tr key={service.id}>
                <Table.Th scope="row" fw={600}>
                  <Group gap="sm" wrap="nowrap">
                    <ColorSwatch color={service.colour} size={14} aria-hidden="true" />
                    <span>{name}</span>
                  </Group>
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t(`places.serviceKinds.${service.kind}`)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t('places.services.minutes', { count: service.defaultMinutes })}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{ageBandText(service, t)}</Table.Td>
                <Table.Td>
                  {service.eligibility.length === 0
                    ? t('places.services.everyone')
                    : service.eligibility.map((criterion) => t(`places.eligibility.${criterion}`)).join(', ')}
                </Table.Td>
                {showStatus && (
                  <Table.Td>
                    <StatusBadge active={service.active} />
                  </Table.Td>
                )}
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => onEdit(service)}
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
