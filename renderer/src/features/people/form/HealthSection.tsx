import { Checkbox, NativeSelect, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DISABILITY_GROUPS,
  SOCIAL_STATUSES,
  type DisabilityGroup,
  type SocialStatus,
} from '../../../../../shared/domain/people';
import { FormSection } from './FormSection';
import type { SectionProps } from './sectionProps';

export function HealthSection({ form, issue }: SectionProps) {
  const { t } = useTranslation();
  const { values, change } = form;
  return (
    <FormSection legend={t('people.form.sections.health')}>
      <Checkbox
        label={t('people.fields.hasDisability')}
        name="hasDisability"
        checked={values.hasDisability}
        onChange={(event) => change('hasDisability', event.currentTarget.checked)}
      />
      {values.hasDisability && (
        <NativeSelect
          label={t('people.fields.disabilityGroup')}
          name="disabilityGroup"
          value={values.disabilityGroup}
          onChange={(event) => change('disabilityGroup', event.currentTarget.value as DisabilityGroup | '')}
          error={issue('disabilityGroup')}
          withAsterisk
          mt="md"
          maw="24rem"
        >
          <option value="">{t('people.form.notChosen')}</option>
          {DISABILITY_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`people.disabilityGroup.${group}`)}
            </option>
          ))}
        </NativeSelect>
      )}
      <Textarea
        label={t('people.fields.functioning')}
        description={t('people.form.functioningHint')}
        name="functioning"
        value={values.functioning}
        onChange={(event) => change('functioning', event.currentTarget.value)}
        error={issue('functioning')}
        autosize
        minRows={2}
        maxRows={8}
        mt="md"
      />
      <NativeSelect
        label={t('people.fields.socialStatus')}
        name="socialStatus"
        value={values.socialStatus}
        onChange={(event) => change('socialStatus', event.currentTarget.value as SocialStatus)}
        error={issue('socialStatus')}
        mt="md"
        maw="24rem"
      >
        {SOCIAL_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`people.socialStatus.${status}`)}
          </option>
        ))}
      </NativeSelect>
    </FormSection>
  );
}
