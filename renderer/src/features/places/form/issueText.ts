import { useCallback } from 'react';
import { useMessageText } from '../../../lib/message';
import type { Issues } from './useEditorForm';

/**
 * The message for one field path in the person's language, or undefined when the field is fine. The function
 * changes only with the issues or the language, so memoised parts of a form skip rendering while typing.
 */
export function useIssueText(issues: Issues): (path: string) => string | undefined {
  const text = useMessageText();
  return useCallback(
    (path: string) => {
      const issue = issues[path];
      return issue ? text(issue) : undefined;
    },
    [issues, text],
  );
}
