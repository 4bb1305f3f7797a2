import { PasswordInput } from '@mantine/core';

interface Props {
  /** The password's field name in the form; the repeat is always `confirm`. */
  name: string;
  value: string;
  confirm: string;
  label: string;
  description: string;
  confirmLabel: string;
  error?: string;
  confirmError?: string;
  onChange: (field: 'password' | 'confirm', value: string) => void;
}

/**
 * A new password and its repeat, as every form that sets one shows them (the first start, changing one's own,
 * an administrator's new account and reset); newPasswordChecks holds their checks.
 */
export function NewPasswordFields(props: Props) {
  return (
    <>
      <PasswordInput
        name={props.name}
        label={props.label}
        description={props.description}
        autoComplete="new-password"
        value={props.value}
        onChange={(event) => props.onChange('password', event.currentTarget.value)}
        error={props.error}
      />
      <PasswordInput
        name="confirm"
        label={props.confirmLabel}
        autoComplete="new-password"
        value={props.confirm}
        onChange={(event) => props.onChange('confirm', event.currentTarget.value)}
        error={props.confirmError}
      />
    </>
  );
}
