import { Group, NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../places/form/Section';
import type { GroupFormValues } from './groupForm';

type Field = 'youngestYears' | 'youngestMonths' | 'oldestYears' | 'oldestMonths';

interface Props {
  values: Pick<GroupFormValues, Field>;
  set(field: Field, value: number | string, path: string): void;
  issue(path: string): string | undefined;
}

/** The ages the group takes, youngest and oldest (inclusive), in years and months; empty means no limit. */
export function AgeBandFields({ values, set, issue }: Props) {
  const { t } = useTranslation();
  const part = (field: Field, label: string, path: string, max: number) => (
    <NumberInput
      label={label}
      name={field}
      min={0}
      max={max}
      allowDecimal={false}
      value={values[field]}
      onChange={(value) => set(field, value, path)}
      error={field.endsWith('Years') ? issue(path) : undefined}
      w="9rem"
    />
  );
  return (
    <Section legend={t('groups.form.ages')}>
      <Text size="sm" c="gray.7" mb="xs">
        {t('groups.form.agesHint')}
      </Text>
      <Group gap="xl" align="flex-start">
        <Group gap="xs" align="flex-start" role="group" aria-label={t('groups.form.youngest')}>
          {part('youngestYears', t('groups.form.youngestYears'), 'minAgeMonths', 100)}
          {part('youngestMonths', t('groups.form.youngestMonths'), 'minAgeMonths', 11)}
        </Group>
        <Group gap="xs" align="flex-start" role="group" aria-label={t('groups.form.oldest')}>
          {part('oldestYears', t('groups.form.oldestYears'), 'maxAgeMonths', 100)}
          {part('oldestMonths', t('groups.form.oldestMonths'), 'maxAgeMonths', 11)}
        </Group>
      </Group>
    </Section>
  );
}
