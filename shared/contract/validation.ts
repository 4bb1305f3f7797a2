import type { z } from 'zod';
import { FORM_FIELD, type FieldIssue } from './errors';

/**
 * Message keys of our own, set as a zod `message`, are passed through as they are: the shared ones
 * ("validation.timeOfDay") and a feature's own ("people.validation.pinflMismatch").
 */
const OWN_KEY = /^([A-Za-z]+\.)?validation\.[A-Za-z]+$/;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function issueFor(issue: z.core.$ZodIssue, input: unknown): FieldIssue {
  if (OWN_KEY.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return { key: valueAt(input, issue.path) === undefined ? 'validation.required' : 'validation.invalid' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if ((issue.origin === 'string' || issue.origin === 'array') && min <= 1)
        return { key: 'validation.required' };
      if (issue.origin === 'string') return { key: 'validation.tooShort', params: { min } };
      return { key: 'validation.tooSmall', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'validation.tooLong', params: { max } };
      if (issue.origin === 'array') return { key: 'validation.tooMany', params: { max } };
      return { key: 'validation.tooBig', params: { max } };
    }
    case 'invalid_value':
      return { key: 'validation.invalidChoice' };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'validation.invalid' };
  }
}

/** The first issue per field, keyed by the field's dotted path. */
export function fieldIssues(error: z.ZodError, input: unknown): Record<string, FieldIssue> {
  const fields: Record<string, FieldIssue> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || FORM_FIELD;
    fields[path] ??= issueFor(issue, input);
  }
  return fields;
}
