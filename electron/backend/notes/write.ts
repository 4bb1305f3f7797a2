import type { ParsedInput } from '../../../shared/contract';
import { FORM_FIELD, type FieldIssue } from '../../../shared/contract/errors';
import type { ProgressNote } from '../../../shared/contract/notes';
import {
  isGasLevel,
  isDeliveredMark,
  noteChangeProblem,
  ratingProblems,
  type NoteChange,
} from '../../../shared/domain/notes';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';
import { assertServes, callerStaffId } from './access';
import { rateableGoals } from './goals';
import { markSigned, noteKey, readNote, writeDraft } from './note-store';
import { markOf, sessionFacts } from './session';

type Content = ParsedInput<'notes.saveDraft'>;

function refuse(fields: Record<string, FieldIssue>, message: string): never {
  throw new AppError('VALIDATION', message, { fields });
}

/** Everything that must hold before a note's content is written: the person, the mark, the status, the goals. */
async function checkContent(db: Db, input: Content, change: NoteChange, ctx: HandlerContext): Promise<void> {
  const session = await sessionFacts(db, input.sessionId);
  const member = await db
    .selectFrom('session_beneficiaries')
    .select('beneficiary_id')
    .where('session_id', '=', input.sessionId)
    .where('beneficiary_id', '=', input.beneficiaryId)
    .executeTakeFirst();
  if (!member)
    throw new AppError(
      'NOT_FOUND',
      `Beneficiary ${input.beneficiaryId} is not at session ${input.sessionId}`,
    );
  await assertServes(db, ctx.caller, input.beneficiaryId);
  if (!isDeliveredMark(await markOf(db, input.sessionId, input.beneficiaryId)))
    refuse({ [FORM_FIELD]: { key: 'notes.validation.notDelivered' } }, 'The session was not delivered');
  const existing = await readNote(db, input.sessionId, input.beneficiaryId);
  const problem = noteChangeProblem(existing?.status ?? null, change);
  if (problem) throw new AppError('CONFLICT', `The note is ${existing?.status ?? 'missing'}`, { problem });
  const rateable = await rateableGoals(db, input.beneficiaryId, session.date);
  const problems = ratingProblems(
    input.ratings.flatMap((r) => (isGasLevel(r.level) ? [{ goalId: r.goalId, level: r.level }] : [])),
    rateable,
  );
  if (problems.length > 0)
    refuse(
      Object.fromEntries(
        problems.map((p) => [`ratings.${p.index}.goalId`, { key: `notes.validation.${p.problem}` }]),
      ),
      'Ratings of goals this note may not rate',
    );
}

function author(ctx: HandlerContext) {
  return { userId: ctx.caller.userId, staffId: callerStaffId(ctx.caller) };
}

async function save(input: Content, change: NoteChange, ctx: HandlerContext): Promise<ProgressNote> {
  const { db, now } = ctx;
  await checkContent(db, input, change, ctx);
  const ratings = input.ratings.flatMap((r) =>
    isGasLevel(r.level) ? [{ goalId: r.goalId, level: r.level }] : [],
  );
  const id = await writeDraft(db, { ...input, ratings }, author(ctx), now.toISOString());
  if (change === 'sign') await markSigned(db, id, author(ctx), now.toISOString());
  const note = await readNote(db, input.sessionId, input.beneficiaryId);
  if (!note) throw new Error(`Note ${id} vanished`);
  return note;
}

export const saveDraft = (input: Content, ctx: HandlerContext) => save(input, 'saveDraft', ctx);
export const sign = (input: Content, ctx: HandlerContext) => save(input, 'sign', ctx);

/** An amendment is added under a signed note; the signed text and ratings stay as they were. */
export async function amend(input: ParsedInput<'notes.amend'>, ctx: HandlerContext): Promise<ProgressNote> {
  const { db, now } = ctx;
  const key = await noteKey(db, input.noteId);
  if (!key) throw new AppError('NOT_FOUND', `No note ${input.noteId}`);
  await assertServes(db, ctx.caller, key.beneficiary_id);
  const problem = noteChangeProblem(key.status === 'signed' ? 'signed' : 'draft', 'amend');
  if (problem)
    throw new AppError('CONFLICT', 'Only a signed note is amended; a draft is edited', { problem });
  const who = author(ctx);
  await db
    .insertInto('progress_note_amendments')
    .values({
      note_id: key.id,
      text: input.text,
      author_by: who.userId,
      author_staff_id: who.staffId,
      created_at: now.toISOString(),
    })
    .execute();
  const note = await readNote(db, key.session_id, key.beneficiary_id);
  if (!note) throw new Error(`Note ${key.id} vanished`);
  return note;
}
