import { sql } from 'kysely';
import type { Caller, ChannelName } from '../../../shared/contract';
import type { AuditKind } from '../../../shared/contract/audit';
import type { Db } from '../db/connection';
import { writeTransaction } from '../db/transaction';
import { readableOf } from '../notes/access';

export interface CallMeta {
  caller: Caller;
  kind: AuditKind;
  action: string;
  at: Date;
  beneficiaryId?: number | null;
  /** For events without a signed-in caller (a failed sign-in): the name that was typed. */
  userName?: string | null;
  userId?: string | null;
}

async function nameOf(db: Db, userId: string | null): Promise<string | null> {
  if (userId === null) return null;
  const row = await db
    .selectFrom('accounts')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.display_name ?? null;
}

/** Appends one call to the log and gives its id. */
export async function appendCall(db: Db, meta: CallMeta): Promise<number> {
  const userId = meta.userId !== undefined ? meta.userId : meta.caller.userId;
  const row = await db
    .insertInto('audit_calls')
    .values({
      at: meta.at.toISOString(),
      kind: meta.kind,
      action: meta.action,
      user_id: userId,
      user_name: meta.userName ?? (await nameOf(db, userId)),
      beneficiary_id: meta.beneficiaryId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * One immediate transaction whose row changes the triggers attribute to one logged call: the context row points
 * at the call while `work` runs and is cleared before the commit, so writes outside (startup, migrations) are
 * never attributed to it. A failure rolls back the call with the changes.
 */
export async function auditedTransaction<T>(
  db: Db,
  meta: CallMeta,
  work: (trx: Db) => Promise<T>,
): Promise<T> {
  return writeTransaction(db, async (trx) => {
    const callId = await appendCall(trx, meta);
    await sql`update audit_context set call_id = ${callId} where id = 1`.execute(trx);
    const result = await work(trx);
    await sql`update audit_context set call_id = null where id = 1`.execute(trx);
    return result;
  });
}

/** The people whose file a read opened, found from its input (and the database where the input names no one). */
type PeopleOf = (input: unknown, db: Db, caller: Caller) => Promise<Array<number | null>>;

/**
 * Reads that open a person's file, and where in the input the person is: their record, their programme (goals,
 * baselines, reviews), their progress notes and their progress report. Another feature whose read opens a file
 * adds its channel here.
 */
export const VIEW_CHANNELS: Partial<Record<ChannelName, PeopleOf>> = {
  'people.get': async (input) => [idOf(input, 'id')],
  'programmes.get': async (input, db) => {
    const id = idOf(input, 'id');
    if (id === null) return [null];
    const row = await db
      .selectFrom('programmes')
      .select('beneficiary_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return [row?.beneficiary_id ?? null];
  },
  // The notes of a session: one entry per person whose notes the caller was shown.
  'notes.forSession': async (input, db, caller) => {
    const sessionId = idOf(input, 'sessionId');
    if (sessionId === null) return [];
    const rows = await db
      .selectFrom('session_beneficiaries')
      .select('beneficiary_id')
      .where('session_id', '=', sessionId)
      .orderBy('beneficiary_id')
      .execute();
    const readable = await readableOf(
      db,
      caller,
      rows.map((r) => r.beneficiary_id),
    );
    return rows.map((r) => r.beneficiary_id).filter((id) => readable.has(id));
  },
  'notes.lastFor': async (input) => [idOf(input, 'beneficiaryId')],
  'documents.progressReport': async (input) => [idOf(input, 'beneficiaryId')],
};

function idOf(input: unknown, field: string): number | null {
  const value = (input as Record<string, unknown> | null)?.[field];
  return typeof value === 'number' ? value : null;
}

/** Logs the opening of a person's file by a read channel listed in VIEW_CHANNELS, once per person opened. */
export async function recordView(db: Db, channel: ChannelName, input: unknown, caller: Caller, at: Date) {
  const peopleOf = VIEW_CHANNELS[channel];
  if (!peopleOf) return;
  for (const beneficiaryId of await peopleOf(input, db, caller))
    await appendCall(db, { caller, kind: 'view', action: channel, at, beneficiaryId });
}
