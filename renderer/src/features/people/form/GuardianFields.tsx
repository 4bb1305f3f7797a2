import { Button, Group, NativeSelect, Paper, Radio, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GUARDIAN_RELATIONS, type GuardianRelation } from '../../../../../shared/domain/people';
import type { GuardianValues } from '../beneficiaryForm';
import type { SectionProps } from './sectionProps';

/** One guardian's row: a group named "Guardian N", so each field reads as "Guardian 2, Phone". */
export function GuardianFields({ form, issue, index }: SectionProps & { index: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const guardian = form.values.guardians[index];
  if (!guardian) return null;
  const n = index + 1;
  const path = (field: keyof GuardianValues) => `guardians.${index}.${field}`;
  const text = (field: 'familyName' | 'givenName' | 'patronymic' | 'phone', autoComplete: string) => (
    <TextInput
      label={t(`people.fields.${field}`)}
      name={path(field)}
      value={guardian[field]}
      onChange={(event) => form.changeGuardian(index, field, event.currentTarget.value)}
      error={issue(path(field))}
      withAsterisk={
        field === 'familyName' || field === 'givenName' || (field === 'phone' && guardian.isPrimary)
      }
      autoComplete={autoComplete}
      {...(field === 'phone' && { type: 'tel', placeholder: '+998 90 123 45 67' })}
    />
  );
  const primaryIssue = issue(path('isPrimary'));
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-labelledby={titleId} bg="gray.0">
      <Group justify="space-between" mb="sm">
        <Text id={titleId} fw={650}>
          {t('people.form.guardian', { n })}
        </Text>
        <Button variant="subtle" color="red" size="compact-sm" onClick={() => form.removeGuardian(index)}>
          {t('people.form.removeGuardian', { n })}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NativeSelect
          label={t('people.fields.relation')}
          name={path('relation')}
          value={guardian.relation}
          onChange={(event) =>
            form.changeGuardian(index, 'relation', event.currentTarget.value as GuardianRelation | '')
          }
          error={issue(path('relation'))}
          withAsterisk
        >
          <option value="">{t('people.form.notChosen')}</option>
          {GUARDIAN_RELATIONS.map((relation) => (
            <option key={relation} value={relation}>
              {t(`people.relation.${relation}`)}
            </option>
          ))}
        </NativeSelect>
        {text('phone', 'off')}
        <Radio
          name="primaryGuardian"
          value={guardian.key}
          checked={guardian.isPrimary}
          onChange={() => form.setPrimary(index)}
          label={t('people.fields.primaryGuardian')}
          error={primaryIssue}
          mt={{ sm: 30 }}
        />
        {text('familyName', 'off')}
        {text('givenName', 'off')}
        {text('patronymic', 'off')}
      </SimpleGrid>
    </Paper>
  );
}
