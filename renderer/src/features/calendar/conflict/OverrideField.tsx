import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictAction } from './ConflictPanel';

interface Props {
  action: ConflictAction;
  value: string;
  onChange(reason: string): void;
  error?: string | undefined;
}

/** The manager's reason for setting soft clashes aside; the backend records it with the booking, change or enrolment. */
export function OverrideField({ action, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t(`booking.conflict.overrideReason.${action}`)}
      description={t(`booking.conflict.overrideHint.${action}`)}
      name="overrideReason"
      required
      autosize
      minRows={2}
      maxLength={1000}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
