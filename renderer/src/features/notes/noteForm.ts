import { fieldIssues, type FieldIssue } from '../../../../shared/contract';
import {
  noteContentSchema,
  signNoteSchema,
  type NoteContent,
  type NoteRating,
} from '../../../../shared/contract/notes';
import type { GasLevel } from '../../../../shared/domain/notes';
import { issuesByField } from '../../api';

export interface NoteValues {
  whatWasDone: string;
  observations: string;
  /** Goal id → level; null while not rated. */
  ratings: Record<number, GasLevel | null>;
}

export function contentOf(sessionId: number, beneficiaryId: number, values: NoteValues): NoteContent {
  const ratings: NoteRating[] = Object.entries(values.ratings).flatMap(([goalId, level]) =>
    level === null ? [] : [{ goalId: Number(goalId), level }],
  );
  return {
    sessionId,
    beneficiaryId,
    whatWasDone: values.whatWasDone,
    observations: values.observations,
    ratings,
  };
}

/** The same schemas the backend validates with: field messages before the call, not after it. */
export function checkNote(content: NoteContent, sign: boolean): Record<string, FieldIssue> {
  const parsed = (sign ? signNoteSchema : noteContentSchema).safeParse(content);
  return parsed.success ? {} : issuesByField(fieldIssues(parsed.error, content));
}

/** Adds a template's or an earlier note's text to what is typed, never over it. */
export function appendText(current: string, added: string): string {
  if (added.trim() === '') return current;
  return current.trim() === '' ? added : `${current.trimEnd()}\n${added}`;
}
