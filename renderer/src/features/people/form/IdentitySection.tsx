import { Group, Radio, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEXES, type Sex } from '../../../../../shared/domain/people';
import { DateField } from './DateField';
import { FormSection } from './FormSection';
import type { SectionProps } from './sectionProps';

export function IdentitySection({ form, issue }: SectionProps) {
  const { t } = useTranslation();
  const { values, change } = form;
  const text = (
    field: 'familyName' | 'givenName' | 'patronymic',
    autoComplete: string,
    required: boolean,
  ) => (
    <TextInput
      label={t(`people.fields.${field}`)}
      name={field}
      value={values[field]}
      onChange={(event) => change(field, event.currentTarget.value)}
      error={issue(field)}
      withAsterisk={required}
      autoComplete={autoComplete}
    />
  );
  return (
    <FormSection legend={t('people.form.sections.identity')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {text('familyName', 'family-name', true)}
        {text('givenName', 'given-name', true)}
        {text('patronymic', 'additional-name', false)}
      </SimpleGrid>
      <Group gap="xl" mt="md" align="flex-start">
        <DateField
          label={t('people.fields.birthDate')}
          name="birthDate"
          value={values.birthDate}
          onChange={(value) => change('birthDate', value)}
          error={issue('birthDate')}
          required
        />
        <Radio.Group
          label={t('people.fields.sex')}
          name="sex"
          value={values.sex}
          onChange={(value) => change('sex', value as Sex)}
          error={issue('sex')}
          withAsterisk
        >
          <Group gap="lg" mt={10}>
            {SEXES.map((sex) => (
              <Radio key={sex} value={sex} label={t(`people.sex.${sex}`)} />
            ))}
          </Group>
        </Radio.Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="md">
        <TextInput
          label={t('people.fields.pinfl')}
          description={t('people.form.pinflHint')}
          name="pinfl"
          value={values.pinfl}
          onChange={(event) => change('pinfl', event.currentTarget.value)}
          error={issue('pinfl')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <TextInput
          label={t('people.fields.birthCertificate')}
          description={t('people.form.birthCertificateHint')}
          name="birthCertificate"
          value={values.birthCertificate}
          onChange={(event) => change('birthCertificate', event.currentTarget.value)}
          error={issue('birthCertificate')}
          autoComplete="off"
          spellCheck={false}
        />
      </SimpleGrid>
    </FormSection>
  );
}
