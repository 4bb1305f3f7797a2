import { Alert } from '@mantine/core';
import type { AppErrorData, FieldIssue } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMessageText } from '../../lib/message';

/** A refusal that belongs to no single field, or a failed call. */
export function FormProblem({ issue, failure }: { issue?: FieldIssue; failure: AppErrorData | null }) {
  const text = useMessageText();
  if (issue) {
    return (
      <Alert color="red" variant="light" role="alert">
        {text(issue)}
      </Alert>
    );
  }
  return failure ? <ErrorAlert error={failure} /> : null;
}
