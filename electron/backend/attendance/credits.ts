import type { MakeupCredit } from '../../../shared/contract/attendance';
import type { Db } from '../db/connection';

/** Make-up credits: what the centre owes people for sessions it cancelled itself. */

/**
 * Grants a credit to each person of these sessions that the centre cancelled. Granting twice for the same
 * session and person is a no-op, so a mark and a cancellation of the same session owe one make-up session.
 */
export async function grantCentreCredits(db: Db, sessionIds: readonly number[], now: Date): Promise<void> {
  if (sessionIds.length === 0) return;
  for (let i = 0; i < sessionIds.length; i += 500) {
    const rows = await db
      .selectFrom('sessions as s')
      .innerJoin('session_beneficiaries as sb', 'sb.session_id', 's.id')
      .select(['s.id', 's.service_id', 'sb.beneficiary_id'])
      .where('s.id', 'in', sessionIds.slice(i, i + 500))
      .where('s.status', '=', 'cancelled')
      .where('s.cancel_reason', '=', 'centre')
      .execute();
    for (const row of rows) await grantCredit(db, row.id, row.beneficiary_id, row.service_id, now);
  }
}

export async function grantCredit(
  db: Db,
  sessionId: number,
  beneficiaryId: number,
  serviceId: number,
  now: Date,
): Promise<void> {
  await db
    .insertInto('makeup_credits')
    .values({
      beneficiary_id: beneficiaryId,
      service_id: serviceId,
      source_session_id: sessionId,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['source_session_id', 'beneficiary_id']).doNothing())
    .execute();
}

/** A mark corrected away from "cancelled by the centre" owes nothing any more, unless the credit was used. */
export async function withdrawCredit(db: Db, sessionId: number, beneficiaryId: number): Promise<void> {
  await db
    .deleteFrom('makeup_credits')
    .where('source_session_id', '=', sessionId)
    .where('beneficiary_id', '=', beneficiaryId)
    .where('used_by_session_id', 'is', null)
    .execute();
}

export async function openCredits(db: Db, beneficiaryId: number): Promise<MakeupCredit[]> {
  const rows = await db
    .selectFrom('makeup_credits as c')
    .innerJoin('sessions as s', 's.id', 'c.source_session_id')
    .select([
      'c.id',
      'c.beneficiary_id',
      'c.service_id',
      'c.source_session_id',
      'c.created_at',
      's.date',
      's.start_time',
    ])
    .where('c.beneficiary_id', '=', beneficiaryId)
    .where('c.used_by_session_id', 'is', null)
    .orderBy('s.date')
    .orderBy('s.start_time')
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    serviceId: row.service_id,
    sourceSessionId: row.source_session_id,
    sourceDate: row.date,
    sourceStartTime: row.start_time,
    createdAt: row.created_at,
  }));
}
