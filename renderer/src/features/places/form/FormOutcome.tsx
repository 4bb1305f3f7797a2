import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FORM_FIELD, type AppErrorData } from '../../../../../shared/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMessageText } from '../../../lib/message';
import type { Issues } from './useEditorForm';

/** Says that a save was refused (the fields say why) or failed for another reason. */
export function FormOutcome({ issues, failure }: { issues: Issues; failure: AppErrorData | null }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const formIssue = issues[FORM_FIELD];
  return (
    <>
      {Object.keys(issues).length > 0 && (
        <Alert color="red" variant="light" role="alert">
          {t('places.form.fixErrors')}
          {formIssue && <span> {text(formIssue)}</span>}
        </Alert>
      )}
      {failure && <ErrorAlert error={failure} />}
    </>
  );
}
