import { useMessageText } from '../../../lib/message';
import type { Issues } from './useEditorForm';

/** The message for one field path in the person's language, or undefined when the field is fine. */
export function useIssueText(issues: Issues): (path: string) => string | undefined {
  const text = useMessageText();
  return (path) => {
    const issue = issues[path];
    return issue ? text(issue) : undefined;
  };
}
