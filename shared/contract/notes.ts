import { z } from 'zod';
import type { Mark } from '../domain/attendance';
import { GAS_LEVELS, type GasLevel, type NoteStatus } from '../domain/notes';
import { channel, returns, type ChannelDef } from './channel';
import { dateSchema } from './schedule-input';

const id = z.number().int().positive();
const textSchema = z.string().trim().max(5000);

/** A goal a note may rate, with its scale so the specialist sees what each level means while rating. */
export interface NoteGoal {
  goalId: number;
  programmeId: number;
  goal: string;
  domain: string;
  /** The words for each level that has them, −2 … +2. */
  levels: Array<{ level: GasLevel; description: string }>;
}

export interface NoteRating {
  goalId: number;
  level: GasLevel;
}

export interface NoteAmendment {
  id: number;
  text: string;
  /** The staff member's name when the author was linked to one. */
  authorName: string | null;
  /** ISO instant. */
  createdAt: string;
}

export interface ProgressNote {
  id: number;
  sessionId: number;
  beneficiaryId: number;
  status: NoteStatus;
  whatWasDone: string;
  observations: string;
  ratings: NoteRating[];
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  signedByName: string | null;
  /** Oldest first; the signed text above them is never changed. */
  amendments: NoteAmendment[];
}

/** One person at the session, with what the note editor needs. */
export interface NoteSessionPerson {
  beneficiaryId: number;
  /** "Family Given Patronymic" */
  name: string;
  mark: Mark | null;
  /** Marked present or late: only then is a note written. */
  delivered: boolean;
  note: ProgressNote | null;
  /** The goals of the person's programmes active on the session's date. */
  goals: NoteGoal[];
}

export interface NoteSession {
  sessionId: number;
  date: string;
  startTime: string;
  minutes: number;
  serviceId: number;
  specialistId: number;
  /** "Family Given" */
  specialistName: string;
  groupName: string | null;
  /** Only the people the caller may read notes of. */
  people: NoteSessionPerson[];
}

/** A delivered session that still lacks a signed note for one of its people. */
export interface MissingNote {
  sessionId: number;
  date: string;
  startTime: string;
  serviceId: number;
  specialistId: number;
  specialistName: string;
  groupName: string | null;
  beneficiaryId: number;
  name: string;
  /** A draft exists, or nothing has been written yet. */
  draft: boolean;
}

export interface NoteTemplate {
  id: number;
  serviceId: number;
  title: string;
  whatWasDone: string;
  observations: string;
}

/** The last note written for the person in the same service, to start a new one from. */
export interface LastNote {
  sessionId: number;
  date: string;
  whatWasDone: string;
  observations: string;
  ratings: NoteRating[];
}

export const ratingSchema = z.strictObject({
  goalId: id,
  level: z.number().refine((v) => (GAS_LEVELS as readonly number[]).includes(v), 'notes.validation.level'),
});

/** The editor's content: saved as a draft, or saved and signed in one step. */
export const noteContentSchema = z.strictObject({
  sessionId: id,
  beneficiaryId: id,
  whatWasDone: textSchema,
  observations: textSchema,
  ratings: z.array(ratingSchema).max(50),
});
export type NoteContent = z.input<typeof noteContentSchema>;

export const signNoteSchema = noteContentSchema.refine((note) => note.whatWasDone !== '', {
  message: 'notes.validation.whatWasDoneRequired',
  path: ['whatWasDone'],
});

export const amendmentSchema = z.strictObject({
  noteId: id,
  text: z.string().trim().min(1).max(5000),
});

export const templateSchema = z.strictObject({
  /** Absent for a new template. */
  id: id.optional(),
  serviceId: id,
  title: z.string().trim().min(1).max(200),
  whatWasDone: textSchema,
  observations: textSchema,
});
export type TemplateInput = z.input<typeof templateSchema>;

export const missingNotesSchema = z.strictObject({
  /** The specialist whose sessions to list; absent: every specialist the caller may read. */
  specialistId: id.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});

/** Session progress notes: drafts, signing, amendments and templates. */
export const notesChannels = {
  /** A session's people with their marks, notes and the goals that may be rated. */
  'notes.forSession': channel({
    input: z.strictObject({ sessionId: id }),
    output: returns<NoteSession>(),
    permission: 'notes.read',
  }),
  'notes.saveDraft': channel({
    input: noteContentSchema,
    output: returns<ProgressNote>(),
    permission: 'notes.write',
  }),
  /** Saves the content and signs it: from then on the note only takes amendments. */
  'notes.sign': channel({
    input: signNoteSchema,
    output: returns<ProgressNote>(),
    permission: 'notes.write',
  }),
  'notes.amend': channel({
    input: amendmentSchema,
    output: returns<ProgressNote>(),
    permission: 'notes.write',
  }),
  /** The person's last note in the session's service before this session; null when there is none. */
  'notes.lastFor': channel({
    input: z.strictObject({ sessionId: id, beneficiaryId: id }),
    output: returns<LastNote | null>(),
    permission: 'notes.read',
  }),
  'notes.templates.list': channel({
    input: z.strictObject({ serviceId: id.optional() }),
    output: returns<NoteTemplate[]>(),
    permission: 'notes.read',
  }),
  'notes.templates.save': channel({
    input: templateSchema,
    output: returns<NoteTemplate>(),
    permission: 'notes.write',
  }),
  /** Delivered sessions (marked present or late) still without a signed note, oldest first. */
  'notes.missing': channel({
    input: missingNotesSchema,
    output: returns<MissingNote[]>(),
    permission: 'notes.read',
  }),
} satisfies Record<string, ChannelDef>;
