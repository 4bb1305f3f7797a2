import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCOPES, type Scope } from '../../../../../shared/contract/schedule';

interface Props {
  /** The wording: which sessions are cancelled, or which are changed. */
  action: 'cancel' | 'edit';
  value: Scope;
  onChange(scope: Scope): void;
  error: string | undefined;
}

/** Which sessions of a series a cancellation or an edit reaches: this one, this and the following, or all. */
export function ScopeField({ action, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('sessionActions.scope.label')}
      value={value}
      onChange={(next) => onChange(next as Scope)}
      error={error}
    >
      <Stack gap={6} mt={6}>
        {SCOPES.map((scope) => (
          <Radio key={scope} value={scope} label={t(`sessionActions.scope.${action}.${scope}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
