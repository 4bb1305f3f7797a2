import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FORM_FIELD } from '../../../../shared/contract';
import { isLanguage } from '../../../../shared/domain/languages';
import type { CentreSettings } from '../../../../shared/domain/settings';
import { useCan } from '../../app/useCan';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageOptions } from '../../components/LanguageOptions';
import { useMessageText } from '../../lib/message';
import { useSettingsForm } from './useSettingsForm';
import classes from './SettingsForm.module.css';
import { WorkingDaysField } from './WorkingDaysField';

/** Typed as text, not type=time: what the person typed stays on screen, right or wrong, until they fix it. */
const TIME_PLACEHOLDER = '08:00';

export function SettingsForm({ initial }: { initial: CentreSettings }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { values, issues, outcome, saving, formRef, change, submit } = useSettingsForm(initial);
  const issueText = (field: keyof typeof issues) => {
    const issue = issues[field];
    return issue ? text(issue) : undefined;
  };
  const formIssue = issues[FORM_FIELD];
  const showFixErrors = outcome?.kind === 'invalid' && Object.keys(issues).length > 0;
  // Every account reads the centre's settings; only settings.write saves them, so the rest see them unchangeable.
  const writes = useCan('settings.write');

  return (
    <Paper withBorder p="lg" maw="44rem">
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        {!writes && (
          <Text c="gray.7" mb="md">
            {t('settings.readOnly')}
          </Text>
        )}
        <fieldset disabled={!writes} className={classes.fields}>
          <Stack gap="lg">
            <TextInput
              label={t('settings.name')}
              name="name"
              value={values.name}
              onChange={(event) => change('name', event.currentTarget.value)}
              error={issueText('name')}
              autoComplete="organization"
            />
            <TextInput
              label={t('settings.address')}
              name="address"
              value={values.address}
              onChange={(event) => change('address', event.currentTarget.value)}
              error={issueText('address')}
              autoComplete="street-address"
            />
            <TextInput
              label={t('settings.timeZone')}
              name="timeZone"
              value={values.timeZone}
              onChange={(event) => change('timeZone', event.currentTarget.value)}
              error={issueText('timeZone')}
              autoComplete="off"
              spellCheck={false}
              maw="20rem"
            />
            <WorkingDaysField
              value={values.workingDays}
              onChange={(days) => change('workingDays', days)}
              error={issueText('workingDays')}
            />
            <Group gap="lg" align="flex-start" grow maw="28rem">
              <TextInput
                label={t('settings.dayStart')}
                name="dayStart"
                value={values.dayStart}
                onChange={(event) => change('dayStart', event.currentTarget.value)}
                error={issueText('dayStart')}
                placeholder={TIME_PLACEHOLDER}
                inputMode="numeric"
                autoComplete="off"
              />
              <TextInput
                label={t('settings.dayEnd')}
                name="dayEnd"
                value={values.dayEnd}
                onChange={(event) => change('dayEnd', event.currentTarget.value)}
                error={issueText('dayEnd')}
                placeholder={TIME_PLACEHOLDER}
                inputMode="numeric"
                autoComplete="off"
              />
            </Group>
            <NativeSelect
              label={t('settings.defaultLanguage')}
              description={t('settings.defaultLanguageHint')}
              name="defaultLanguage"
              value={values.defaultLanguage}
              onChange={(event) => {
                const next = event.currentTarget.value;
                if (isLanguage(next)) change('defaultLanguage', next);
              }}
              error={issueText('defaultLanguage')}
              styles={{ wrapper: { maxWidth: '20rem' } }}
            >
              <LanguageOptions />
            </NativeSelect>

            {showFixErrors && (
              <Alert color="red" variant="light">
                {t('settings.fixErrors')}
                {formIssue && <Text mt="xs">{text(formIssue)}</Text>}
              </Alert>
            )}
            {outcome?.kind === 'failed' && <ErrorAlert error={outcome.error} />}

            {writes && (
              <Group gap="md">
                <Button type="submit" loading={saving}>
                  {t('settings.save')}
                </Button>
                {/* Always in the page, so screen readers announce the text when it appears. */}
                <Text role="status" c="teal.9" fw={600}>
                  {outcome?.kind === 'saved' ? t('settings.saved') : ''}
                </Text>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
    </Paper>
  );
}
