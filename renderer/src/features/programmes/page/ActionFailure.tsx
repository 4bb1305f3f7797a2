import { Alert, CloseButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FORM_FIELD, type AppErrorData } from '../../../../../shared/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMessageText } from '../../../lib/message';

/** Why an action on the page was refused: the rule's own message when it names one, else the error's. */
export function ActionFailure({ failure, onClose }: { failure: AppErrorData; onClose(): void }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const fields = failure.details?.fields ?? {};
  const issue = fields[FORM_FIELD] ?? Object.values(fields)[0];
  if (!issue) return <ErrorAlert error={failure} />;
  return (
    <Alert color="red" variant="light" role="alert">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        {text(issue)}
        <CloseButton aria-label={t('places.actions.close')} onClick={onClose} />
      </Group>
    </Alert>
  );
}
