import { Checkbox, ColorInput, NativeSelect, NumberInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../../shared/domain/languages';
import {
  ELIGIBILITY_CRITERIA,
  SERVICE_KINDS,
  type EligibilityCriterion,
  type Service,
  type ServiceKind,
} from '../../../../../shared/domain/services';
import { LANGUAGE_NAME_KEYS } from '../../../../../shared/i18n';
import { EditorDialog } from '../form/EditorDialog';
import { Section } from '../form/Section';
import { ActiveCheckbox } from '../form/ActiveCheckbox';
import { createOrUpdate } from '../form/createOrUpdate';
import { useEditorForm } from '../form/useEditorForm';
import { NEW_SERVICE, serviceInput, serviceValues } from './serviceForm';

/** The colours of the pre-filled services, offered first so a new one can match or stand apart. */
const SWATCHES = ['#e8590c', '#2f9e44', '#1c7ed6', '#0c8599', '#9c36b5', '#6741d9', '#c2255c', '#5c940d'];

interface Props {
  /** The service to edit, or null for a new one. */
  service: Service | null;
  onClose(): void;
  onSaved(service: Service): void;
}

export function ServiceEditor({ service, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useEditorForm({
    initial: service ? serviceValues(service) : NEW_SERVICE,
    ...createOrUpdate(service, { create: 'services.create', update: 'services.update' }, serviceInput),
    onSaved,
  });
  const { values, issue, set } = form;

  return (
    <EditorDialog
      title={t(service ? 'places.services.editTitle' : 'places.services.addTitle')}
      form={form}
      onClose={onClose}
    >
      <Section legend={t('places.services.namesLegend')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {LANGUAGES.map((language) => (
            <TextInput
              key={language}
              label={t('places.services.nameIn', { language: t(LANGUAGE_NAME_KEYS[language]) })}
              lang={language}
              value={values.names[language]}
              onChange={(event) =>
                set('names', { ...values.names, [language]: event.currentTarget.value }, `names.${language}`)
              }
              error={issue(`names.${language}`)}
              autoComplete="off"
            />
          ))}
        </SimpleGrid>
      </Section>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label={t('places.services.kind')}
          value={values.kind}
          onChange={(event) => set('kind', event.currentTarget.value as ServiceKind)}
          error={issue('kind')}
          data={SERVICE_KINDS.map((kind) => ({ value: kind, label: t(`places.serviceKinds.${kind}`) }))}
        />
        <NumberInput
          label={t('places.services.defaultMinutes')}
          value={values.defaultMinutes}
          onChange={(value) => set('defaultMinutes', value)}
          error={issue('defaultMinutes')}
          allowDecimal={false}
          allowNegative={false}
          step={5}
        />
        <ColorInput
          label={t('places.services.colour')}
          value={values.colour}
          onChange={(value) => set('colour', value)}
          error={issue('colour')}
          format="hex"
          swatches={SWATCHES}
          withEyeDropper={false}
        />
      </SimpleGrid>
      <Section legend={t('places.services.ageBand')}>
        <Text size="sm" c="dimmed" mb="xs">
          {t('places.services.ageHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('places.services.minAge')}
            value={values.minAgeMonths}
            onChange={(value) => set('minAgeMonths', value)}
            error={issue('minAgeMonths')}
            allowDecimal={false}
            allowNegative={false}
          />
          <NumberInput
            label={t('places.services.maxAge')}
            value={values.maxAgeMonths}
            onChange={(value) => set('maxAgeMonths', value)}
            error={issue('maxAgeMonths')}
            allowDecimal={false}
            allowNegative={false}
          />
        </SimpleGrid>
      </Section>
      <Checkbox.Group
        label={t('places.services.eligibility')}
        description={t('places.services.eligibilityHint')}
        value={values.eligibility}
        onChange={(checked) =>
          set(
            'eligibility',
            ELIGIBILITY_CRITERIA.filter((criterion) => checked.includes(criterion)) as EligibilityCriterion[],
          )
        }
        error={issue('eligibility')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {ELIGIBILITY_CRITERIA.map((criterion) => (
            <Checkbox key={criterion} value={criterion} label={t(`places.eligibility.${criterion}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <ActiveCheckbox checked={values.active} onChange={(active) => set('active', active)} />
    </EditorDialog>
  );
}
