import { Button, Group, NumberInput, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lockMinutesSchema } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { useMessageText } from '../../lib/message';
import { FormProblem } from './FormProblem';
import { useAuthForm } from './useAuthForm';

/** How many idle minutes before the screen asks for the password again. */
export function LockMinutesForm({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [saved, setSaved] = useState(false);
  const { values, issues, failure, busy, formRef, set, submit } = useAuthForm({
    initial: { minutes },
    schema: lockMinutesSchema,
    send: (v) => invoke('auth.setLockMinutes', v),
    onDone: () => setSaved(true),
  });
  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Title order={2} fz="h3" mb="sm">
        {t('auth.accounts.lockTitle')}
      </Title>
      <Group align="flex-end">
        <NumberInput
          name="minutes"
          label={t('auth.accounts.lockMinutes')}
          min={1}
          max={240}
          w="18rem"
          value={values.minutes}
          onChange={(value) => {
            setSaved(false);
            set('minutes', typeof value === 'number' ? value : Number.NaN);
          }}
          error={issues.minutes ? text(issues.minutes) : undefined}
        />
        <Button type="submit" loading={busy}>
          {t('auth.accounts.lockSave')}
        </Button>
        {saved && (
          <Text role="status" c="green.8">
            {t('auth.accounts.lockSaved')}
          </Text>
        )}
      </Group>
      <FormProblem issue={issues._form} failure={failure} />
    </form>
  );
}
