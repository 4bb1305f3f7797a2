import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RegionDistrictSelects } from '../RegionDistrictSelects';
import { FormSection } from './FormSection';
import type { SectionProps } from './sectionProps';

export function AddressSection({ form, issue }: SectionProps) {
  const { t } = useTranslation();
  const { values, change } = form;
  return (
    <FormSection legend={t('people.form.sections.address')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <RegionDistrictSelects
          regionCode={values.regionCode}
          districtCode={values.districtCode}
          onChange={(place) => {
            change('regionCode', place.regionCode);
            if (place.districtCode !== values.districtCode) change('districtCode', place.districtCode);
          }}
          noRegion={t('people.form.chooseRegion')}
          noDistrict={t('people.form.chooseDistrict')}
          regionError={issue('regionCode')}
          districtError={issue('districtCode')}
          names={{ region: 'regionCode', district: 'districtCode' }}
        />
        <TextInput
          label={t('people.fields.mahalla')}
          name="mahalla"
          value={values.mahalla}
          onChange={(event) => change('mahalla', event.currentTarget.value)}
          error={issue('mahalla')}
          autoComplete="off"
        />
        <TextInput
          label={t('people.fields.address')}
          name="address"
          value={values.address}
          onChange={(event) => change('address', event.currentTarget.value)}
          error={issue('address')}
          autoComplete="street-address"
        />
        <TextInput
          label={t('people.fields.phone')}
          description={t('people.form.phoneHint')}
          name="phone"
          type="tel"
          value={values.phone}
          onChange={(event) => change('phone', event.currentTarget.value)}
          error={issue('phone')}
          placeholder="+998 90 123 45 67"
          autoComplete="tel"
        />
      </SimpleGrid>
    </FormSection>
  );
}
