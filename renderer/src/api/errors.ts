import {
  ERROR_CODES,
  FORM_FIELD,
  type AppErrorData,
  type FieldIssue,
  type Result,
} from '../../../shared/contract';

/**
 * Pure mapping from error results to catalogue messages. It holds keys and parameters, not translated texts,
 * so a message on screen follows the language when the language changes.
 */

/** Marks the errors the client makes up itself when the backend could not be asked at all. */
const UNREACHABLE = 'unreachable';

export function unreachableError(message: string): AppErrorData {
  return { code: 'INTERNAL', message, details: { [UNREACHABLE]: true } };
}

export function isUnreachable(error: AppErrorData): boolean {
  return error.details?.[UNREACHABLE] === true;
}

/** The catalogue key that explains an error to a person: `errors.<CODE>`, or `errors.unreachable`. */
export function errorMessageKey(error: AppErrorData): string {
  if (isUnreachable(error)) return 'errors.unreachable';
  const known = (ERROR_CODES as readonly string[]).includes(error.code);
  return `errors.${known ? error.code : 'INTERNAL'}`;
}

/** Field issues of a VALIDATION error, keyed by dotted path; empty for any other error. */
export function errorFieldIssues(error: AppErrorData): Record<string, FieldIssue> {
  if (error.code !== 'VALIDATION') return {};
  return error.details?.fields ?? {};
}

/**
 * Field issues grouped under each path's first segment ("workingDays.0" → "workingDays"); the first issue
 * wins. Issues about the input as a whole stay under "_form".
 */
export function issuesByField(fields: Record<string, FieldIssue>): Record<string, FieldIssue> {
  const grouped: Record<string, FieldIssue> = {};
  for (const [path, issue] of Object.entries(fields)) {
    const field = path.split('.')[0] || FORM_FIELD;
    grouped[field] ??= issue;
  }
  return grouped;
}

/** Whether a bridge answer has the shape of a Result; anything else is treated as the backend being unreachable. */
export function isResult(value: unknown): value is Result<unknown> {
  if (value === null || typeof value !== 'object' || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string';
}
