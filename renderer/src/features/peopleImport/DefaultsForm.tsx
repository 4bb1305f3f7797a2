import { NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ChangeEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BENEFICIARY_STATUSES,
  GUARDIAN_RELATIONS,
  type BeneficiaryStatus,
  type GuardianRelation,
} from '../../../../shared/domain/people';
import { RegionDistrictSelects } from '../people/RegionDistrictSelects';
import { StatusOptions } from '../people/StatusOptions';
import { useMessageText } from '../../lib/message';
import type { ImportState } from './useImport';

const isStatus = (value: string): value is BeneficiaryStatus =>
  (BENEFICIARY_STATUSES as readonly string[]).includes(value);
const isRelation = (value: string): value is GuardianRelation =>
  (GUARDIAN_RELATIONS as readonly string[]).includes(value);

/** What every row gets where the file is silent. Selects apply at once, typed fields on leaving them. */
export function DefaultsForm({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { defaults, defaultsIssues, changeDefaults, applyDefaults } = state;
  const issue = (field: string) => {
    const found = defaultsIssues[field];
    return found ? text(found) : undefined;
  };
  const typed = (field: 'referralCentre' | 'referralNumber' | 'referralDate') => ({
    value: defaults[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      changeDefaults({ [field]: event.currentTarget.value }, false),
    onBlur: applyDefaults,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') applyDefaults();
    },
    error: issue(field),
    autoComplete: 'off',
  });

  return (
    <Paper withBorder radius="md" p="lg" mb="lg">
      <Stack gap="sm">
        <Title order={2} size="h3" id="import-defaults-title">
          {t('peopleImport.defaults.title')}
        </Title>
        <Text c="gray.8">{t('peopleImport.defaults.intro')}</Text>
        {/* A group named by the heading: its fields share labels with the columns above, not their meaning. */}
        <SimpleGrid
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="md"
          role="group"
          aria-labelledby="import-defaults-title"
        >
          <NativeSelect
            label={t('people.fields.status')}
            value={defaults.status}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isStatus(value)) changeDefaults({ status: value }, true);
            }}
            error={issue('status')}
          >
            <StatusOptions />
          </NativeSelect>
          <RegionDistrictSelects
            regionCode={defaults.regionCode}
            districtCode={defaults.districtCode}
            onChange={(place) => changeDefaults(place, true)}
            noRegion={t('people.form.notChosen')}
            noDistrict={t('people.form.notChosen')}
            regionError={issue('regionCode')}
            districtError={issue('districtCode')}
          />
          <TextInput label={t('people.fields.referralCentre')} {...typed('referralCentre')} />
          <TextInput label={t('people.fields.referralNumber')} {...typed('referralNumber')} />
          <TextInput
            label={t('people.fields.referralDate')}
            placeholder={t('peopleImport.defaults.referralDateHint')}
            {...typed('referralDate')}
          />
          <NativeSelect
            label={t('peopleImport.defaults.guardianRelation')}
            value={defaults.guardianRelation}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isRelation(value)) changeDefaults({ guardianRelation: value }, true);
            }}
            error={issue('guardianRelation')}
          >
            {GUARDIAN_RELATIONS.map((relation) => (
              <option key={relation} value={relation}>
                {t(`people.relation.${relation}`)}
              </option>
            ))}
          </NativeSelect>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
