import {
  Button,
  Checkbox,
  ColorInput,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../../shared/contract';
import { serviceInputSchema, serviceUpdateSchema } from '../../../../../shared/contract/places/services';
import { LANGUAGES } from '../../../../../shared/domain/languages';
import {
  ELIGIBILITY_CRITERIA,
  SERVICE_KINDS,
  type EligibilityCriterion,
  type Service,
  type ServiceKind,
} from '../../../../../shared/domain/services';
import { LANGUAGE_NAME_KEYS } from '../../../../../shared/i18n';
import { invoke } from '../../../api';
import { EditorModal } from '../form/EditorModal';
import { Section } from '../form/Section';
import { FormOutcome } from '../form/FormOutcome';
import { useIssueText } from '../form/issueText';
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
  const { values, set, issues, failure, saving, formRef, submit } = useEditorForm({
    initial: service ? serviceValues(service) : NEW_SERVICE,
    schema: service ? serviceUpdateSchema : serviceInputSchema,
    toInput: (values) => (service ? { id: service.id, ...serviceInput(values) } : serviceInput(values)),
    send: (input) =>
      service
        ? invoke('services.update', input as ChannelInput<'services.update'>)
        : invoke('services.create', input as ChannelInput<'services.create'>),
    onSaved,
  });
  const issue = useIssueText(issues);

  return (
    <EditorModal
      opened
      onClose={onClose}
      title={t(service ? 'places.services.editTitle' : 'places.services.addTitle')}
    >
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Section legend={t('places.services.namesLegend')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {LANGUAGES.map((language) => (
                <TextInput
                  key={language}
                  label={t('places.services.nameIn', { language: t(LANGUAGE_NAME_KEYS[language]) })}
                  lang={language}
                  value={values.names[language]}
                  onChange={(event) =>
                    set(
                      'names',
                      { ...values.names, [language]: event.currentTarget.value },
                      `names.${language}`,
                    )
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
                ELIGIBILITY_CRITERIA.filter((criterion) =>
                  checked.includes(criterion),
                ) as EligibilityCriterion[],
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
          <Checkbox
            label={t('places.form.active')}
            description={t('places.form.activeHint')}
            checked={values.active}
            onChange={(event) => set('active', event.currentTarget.checked)}
          />
          <FormOutcome issues={issues} failure={failure} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('places.actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('places.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EditorModal>
  );
}
