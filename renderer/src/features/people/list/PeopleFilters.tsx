import { Button, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusOptions } from '../StatusOptions';
import { AGE_BAND_NAMES, type AgeBand } from '../../../../../shared/domain/age';
import {
  SOCIAL_STATUSES,
  type BeneficiaryStatus,
  type SocialStatus,
} from '../../../../../shared/domain/people';
import type { Service } from '../../../../../shared/domain/services';
import { useLanguage } from '../../../lib/languageContext';
import { hasFilters } from '../listQuery';
import type { PeopleList } from './usePeopleList';

interface Props {
  list: PeopleList;
  services: Service[];
}

export function PeopleFilters({ list, services }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { query, update } = list;
  const any = <option value="">{t('people.list.any')}</option>;
  return (
    <Stack gap="xs" role="group" aria-label={t('people.list.filters')}>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 5 }} spacing="md">
        <NativeSelect
          label={t('people.fields.status')}
          value={query.status ?? ''}
          onChange={(e) => update({ status: (e.currentTarget.value || null) as BeneficiaryStatus | null })}
        >
          {any}
          <StatusOptions />
        </NativeSelect>
        <NativeSelect
          label={t('people.fields.services')}
          value={query.serviceId === null ? '' : String(query.serviceId)}
          onChange={(e) =>
            update({ serviceId: e.currentTarget.value ? Number(e.currentTarget.value) : null })
          }
        >
          {any}
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.names[language]}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          label={t('people.fields.age')}
          value={query.ageBand ?? ''}
          onChange={(e) => update({ ageBand: (e.currentTarget.value || null) as AgeBand | null })}
        >
          {any}
          {AGE_BAND_NAMES.map((band) => (
            <option key={band} value={band}>
              {t(`people.ageBand.${band}`)}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          label={t('people.fields.disability')}
          value={query.hasDisability === null ? '' : query.hasDisability ? 'yes' : 'no'}
          onChange={(e) => {
            const value = e.currentTarget.value;
            update({ hasDisability: value === '' ? null : value === 'yes' });
          }}
        >
          {any}
          <option value="yes">{t('people.list.withDisability')}</option>
          <option value="no">{t('people.list.withoutDisability')}</option>
        </NativeSelect>
        <NativeSelect
          label={t('people.fields.socialStatus')}
          value={query.socialStatus ?? ''}
          onChange={(e) => update({ socialStatus: (e.currentTarget.value || null) as SocialStatus | null })}
        >
          {any}
          {SOCIAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`people.socialStatus.${status}`)}
            </option>
          ))}
        </NativeSelect>
      </SimpleGrid>
      {hasFilters(query) && (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={list.clearFilters}>
            {t('people.list.clear')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
