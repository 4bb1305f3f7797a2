import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from './FormSection';
import { GuardianFields } from './GuardianFields';
import type { SectionProps } from './sectionProps';

export function GuardiansSection({ form, issue }: SectionProps) {
  const { t } = useTranslation();
  const { guardians } = form.values;
  return (
    <FormSection legend={t('people.form.sections.guardians')}>
      <Text size="sm" c="dimmed" mb="md">
        {t('people.form.motherHint')}
      </Text>
      <Stack gap="md">
        {guardians.length === 0 && <Text>{t('people.form.noGuardians')}</Text>}
        {guardians.map((guardian, index) => (
          <GuardianFields key={guardian.key} form={form} issue={issue} index={index} />
        ))}
      </Stack>
      <Group mt="md">
        <Button variant="light" onClick={form.addGuardian} disabled={guardians.length >= 10}>
          {t('people.form.addGuardian')}
        </Button>
      </Group>
    </FormSection>
  );
}
