import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = Omit<TextInputProps, 'placeholder' | 'inputMode' | 'autoComplete'>;

/** A date typed as text (see typedDate.ts), with the expected form shown as its placeholder. */
export function DateField(props: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      {...props}
      placeholder={t('places.form.datePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
    />
  );
}
