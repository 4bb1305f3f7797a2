import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  required?: boolean;
}

/** A date typed as text in the language's order (see typedDate.ts). */
export function DateField({ label, name, value, onChange, error, required }: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={label}
      name={name}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      placeholder={t('people.form.datePlaceholder')}
      autoComplete="off"
      withAsterisk={required}
      maw="12rem"
    />
  );
}
