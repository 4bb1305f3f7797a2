import { Autocomplete, Checkbox, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { districtsOf } from '../../../../../shared/domain/regions';
import type { Service } from '../../../../../shared/domain/services';
import { useLanguage } from '../../../lib/languageContext';
import { DateField } from './DateField';
import { FormSection } from './FormSection';
import type { SectionProps } from './sectionProps';

/** The centre of the demo and the usual case: referrals come from the district centres of Andijan region. */
const HOME_REGION = 'andijan';

export function ReferralSection({ form, issue, services }: SectionProps & { services: Service[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { values, change } = form;
  const centres = districtsOf(values.regionCode || HOME_REGION).map((district) =>
    t('people.form.insonCentre', { district: district.names[language] }),
  );
  // A service no longer offered stays visible while this person is referred to it.
  const shown = services.filter((s) => s.active || values.serviceIds.includes(s.id));
  return (
    <FormSection legend={t('people.form.sections.referral')}>
      <Autocomplete
        label={t('people.fields.referralCentre')}
        name="referralCentre"
        value={values.referralCentre}
        onChange={(value) => change('referralCentre', value)}
        error={issue('referralCentre')}
        data={centres}
        autoComplete="off"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="md">
        <TextInput
          label={t('people.fields.referralNumber')}
          name="referralNumber"
          value={values.referralNumber}
          onChange={(event) => change('referralNumber', event.currentTarget.value)}
          error={issue('referralNumber')}
          autoComplete="off"
          maw="16rem"
        />
        <DateField
          label={t('people.fields.referralDate')}
          name="referralDate"
          value={values.referralDate}
          onChange={(value) => change('referralDate', value)}
          error={issue('referralDate')}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('people.fields.services')}
        description={t('people.form.servicesHint')}
        value={values.serviceIds.map(String)}
        onChange={(checked) => change('serviceIds', checked.map(Number))}
        error={issue('serviceIds')}
        mt="md"
      >
        {shown.length === 0 ? (
          <Text size="sm" mt="xs">
            {t('people.form.noServices')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" mt="xs">
            {shown.map((service) => (
              <Checkbox
                key={service.id}
                value={String(service.id)}
                name="serviceIds"
                label={service.names[language]}
              />
            ))}
          </SimpleGrid>
        )}
      </Checkbox.Group>
    </FormSection>
  );
}
