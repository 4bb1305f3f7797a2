import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { districtsOf, REGIONS } from '../../../../../shared/domain/regions';
import { useLanguage } from '../../../lib/languageContext';
import { FormSection } from './FormSection';
import type { SectionProps } from './sectionProps';

export function AddressSection({ form, issue }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { values, change } = form;
  const districts = values.regionCode ? districtsOf(values.regionCode) : [];
  return (
    <FormSection legend={t('people.form.sections.address')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('people.fields.region')}
          name="regionCode"
          value={values.regionCode}
          onChange={(event) => {
            const region = event.currentTarget.value;
            change('regionCode', region);
            // A district of the region chosen before cannot stay with the new one.
            if (!districtsOf(region).some((d) => d.code === values.districtCode)) change('districtCode', '');
          }}
          error={issue('regionCode')}
        >
          <option value="">{t('people.form.chooseRegion')}</option>
          {REGIONS.map((region) => (
            <option key={region.code} value={region.code}>
              {region.names[language]}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          label={t('people.fields.district')}
          name="districtCode"
          value={values.districtCode}
          onChange={(event) => change('districtCode', event.currentTarget.value)}
          error={issue('districtCode')}
          disabled={districts.length === 0}
        >
          <option value="">{t('people.form.chooseDistrict')}</option>
          {districts.map((district) => (
            <option key={district.code} value={district.code}>
              {district.names[language]}
            </option>
          ))}
        </NativeSelect>
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
