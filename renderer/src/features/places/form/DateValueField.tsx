import type { TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';
import { parseTypedDate, toTypedDate } from './typedDate';

interface Props extends Pick<TextInputProps, 'w'> {
  label: string;
  /**
   * The date it starts with ("2026-03-01"), or '' for none. The text is the field's own from then on: a page
   * that sets the date from outside (a "clear filters" button) gives the field a new key.
   */
  value: string;
  /** The date typed ("2026-03-01"), '' when the field is emptied, null while the text is not a date. */
  onChange(date: string | null): void;
  /** Set by the page when it needs this date and has none: its message, unless the text is a wrong date. */
  missing?: string | undefined;
  /** Any other problem with the date the page knows of (a period that ends before it starts). */
  error?: string | undefined;
  required?: boolean;
}

const parse = (text: string) => (text.trim() === '' ? '' : parseTypedDate(text));

/**
 * A DateField for a page that holds a date rather than a form's text (filters, a document's period): what was
 * typed stays on screen, right or wrong, with "Enter a date as DD.MM.YYYY" once the field is left or the page
 * needs the date, instead of the browser's own picker that shows mm/dd/yyyy whatever the app's language.
 */
export function DateValueField({ label, value, onChange, missing, error, required, w }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (value === '' ? '' : toTypedDate(value)));
  const [left, setLeft] = useState(false);
  const wrong = parse(text) === null;
  const message = wrong && (left || missing) ? t('validation.date') : (missing ?? error);
  return (
    <DateField
      label={label}
      value={text}
      required={required}
      error={message}
      w={w}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        onChange(parse(typed));
      }}
      onBlur={() => setLeft(true)}
    />
  );
}
