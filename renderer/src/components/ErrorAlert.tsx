import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/contract';
import { errorMessageKey } from '../api';
import { useMessageText } from '../lib/message';

interface Props {
  error: AppErrorData;
  onRetry?: () => void;
}

/** Explains a failed call in the person's language; the developer message stays in the logs. */
export function ErrorAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const text = useMessageText();
  return (
    <Alert color="red" variant="light">
      {text({ key: errorMessageKey(error) })}
      {onRetry && (
        <Button variant="outline" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      )}
    </Alert>
  );
}
