import { Group, Radio, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BENEFICIARY_STATUSES, type BeneficiaryStatus } from '../../../../../shared/domain/people';
import { DateField } from './DateField';
import { FormSection } from './FormSection';
import type { SectionProps } from './sectionProps';

export function ConsentSection({ form, issue }: SectionProps) {
  const { t } = useTranslation();
  const { values, change } = form;
  return (
    <FormSection legend={t('people.form.sections.consent')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <DateField
          label={t('people.fields.consentDate')}
          name="consentDate"
          value={values.consentDate}
          onChange={(value) => change('consentDate', value)}
          error={issue('consentDate')}
        />
        <TextInput
          label={t('people.fields.consentTakenBy')}
          name="consentTakenBy"
          value={values.consentTakenBy}
          onChange={(event) => change('consentTakenBy', event.currentTarget.value)}
          error={issue('consentTakenBy')}
          autoComplete="off"
        />
      </SimpleGrid>
    </FormSection>
  );
}

export function StatusSection({ form, issue }: SectionProps) {
  const { t } = useTranslation();
  const { values, change } = form;
  return (
    <FormSection legend={t('people.form.sections.status')}>
      <Radio.Group
        label={t('people.fields.status')}
        name="status"
        value={values.status}
        onChange={(value) => change('status', value as BeneficiaryStatus)}
        error={issue('status')}
      >
        <Group gap="lg" mt="xs">
          {BENEFICIARY_STATUSES.map((status) => (
            <Radio key={status} value={status} label={t(`people.status.${status}`)} />
          ))}
        </Group>
      </Radio.Group>
      {values.status === 'discharged' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="md">
          <DateField
            label={t('people.fields.dischargeDate')}
            name="dischargeDate"
            value={values.dischargeDate}
            onChange={(value) => change('dischargeDate', value)}
            error={issue('dischargeDate')}
            required
          />
          <TextInput
            label={t('people.fields.dischargeReason')}
            name="dischargeReason"
            value={values.dischargeReason}
            onChange={(event) => change('dischargeReason', event.currentTarget.value)}
            error={issue('dischargeReason')}
            withAsterisk
            autoComplete="off"
          />
        </SimpleGrid>
      )}
      <Textarea
        label={t('people.fields.notes')}
        name="notes"
        value={values.notes}
        onChange={(event) => change('notes', event.currentTarget.value)}
        error={issue('notes')}
        autosize
        minRows={2}
        maxRows={10}
        mt="md"
      />
    </FormSection>
  );
}
