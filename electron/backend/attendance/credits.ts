import type { MakeupCredit } from '../../../shared/contract/attendance';
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema';
import type { Db } from '../db/connection';
import { AppError } from '../errors';

/**
 * Make-up credits: what the centre owes people for sessions it cancelled itself. A credit is used by the
 * session booked as its make-up; while that session is cancelled (for whatever reason) the credit is open
 * again, so cancelling a make-up gives the credit back without a second one being owed.
 *
 * A cancelled make-up must never owe a credit of its own besides the one it gives back (issue #5). Two rows
 * keep that true after the credit has moved on:
 * - a make-up marked "cancelled by the centre" earns its own credit; the credit it used then stays closed
 *   even once the session is cancelled as well, since the new one stands for it;
 * - when a credit given back is booked again, a settled row (source and use both the cancelled make-up) is
 *   left on that make-up, so recording its cancellation again, or as the centre's, finds the person already
 *   credited for it and grants nothing.
 */

type CreditJoin = Database & { c: Database['makeup_credits']; u: Database['sessions'] };

/** Whether a credit, joined to the session using it as `u`, is open. */
function isOpen(eb: ExpressionBuilder<CreditJoin, 'c' | 'u'>) {
  return eb.or([
    eb('c.used_by_session_id', 'is', null),
    eb.and([
      eb('u.status', '=', 'cancelled'),
      eb('c.used_by_session_id', '!=', eb.ref('c.source_session_id')),
      eb.not(
        eb.exists(
          eb
            .selectFrom('makeup_credits as own')
            .select('own.id')
            .whereRef('own.source_session_id', '=', 'c.used_by_session_id')
            .whereRef('own.beneficiary_id', '=', 'c.beneficiary_id'),
        ),
      ),
    ]),
  ]);
}

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
      // A cancelled make-up gives its own credit back instead of earning another one.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('makeup_credits as used')
              .select('used.id')
              .whereRef('used.used_by_session_id', '=', 's.id')
              .whereRef('used.beneficiary_id', '=', 'sb.beneficiary_id'),
          ),
        ),
      )
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
    .innerJoin('staff as st', 'st.id', 's.specialist_id')
    .leftJoin('sessions as u', 'u.id', 'c.used_by_session_id')
    .select([
      'c.id',
      'c.beneficiary_id',
      'c.service_id',
      'c.source_session_id',
      'c.created_at',
      's.date',
      's.start_time',
      's.cancel_note',
      'st.family_name',
      'st.given_name',
    ])
    .where('c.beneficiary_id', '=', beneficiaryId)
    .where(isOpen)
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
    sourceSpecialistName: `${row.family_name} ${row.given_name.slice(0, 1)}.`,
    sourceNote: row.cancel_note,
    createdAt: row.created_at,
  }));
}

export interface CreditUse {
  creditId: number;
  beneficiaryId: number;
  serviceId: number;
}

/**
 * Refuses, on the booking's makeupCreditId field, a credit that is not open or is not this person's for this
 * service; checked before the session is written so that nothing is.
 */
export async function checkCreditUse(db: Db, use: CreditUse): Promise<void> {
  const row = await db
    .selectFrom('makeup_credits as c')
    .leftJoin('sessions as u', 'u.id', 'c.used_by_session_id')
    .select((eb) => [
      'c.beneficiary_id',
      'c.service_id',
      'c.used_by_session_id',
      eb.case().when(isOpen(eb)).then(1).else(0).end().as('open'),
    ])
    .where('c.id', '=', use.creditId)
    .executeTakeFirst();
  const refuse = (key: string, why: string) => {
    throw new AppError('VALIDATION', `Make-up credit ${use.creditId} ${why}`, {
      fields: { makeupCreditId: { key: `booking.validation.${key}` } },
    });
  };
  if (!row) return refuse('creditMissing', 'does not exist');
  if (row.beneficiary_id !== use.beneficiaryId) return refuse('creditOtherPerson', 'is owed to someone else');
  if (row.service_id !== use.serviceId) return refuse('creditOtherService', 'is for another service');
  if (row.open !== 1) return refuse('creditUsed', `is used by session ${row.used_by_session_id}`);
}

/**
 * Marks the credit used by the make-up session, in the booking's transaction; a credit given back by a
 * cancelled make-up leaves that make-up settled (see the top of this file).
 */
export async function useCredit(db: Db, creditId: number, sessionId: number): Promise<void> {
  const credit = await db
    .selectFrom('makeup_credits as c')
    .leftJoin('sessions as u', 'u.id', 'c.used_by_session_id')
    .select(['c.beneficiary_id', 'c.service_id', 'c.used_by_session_id', 'u.updated_at'])
    .where('c.id', '=', creditId)
    .executeTakeFirstOrThrow();
  const cancelled = credit.used_by_session_id;
  if (cancelled !== null && credit.updated_at !== null)
    await db
      .insertInto('makeup_credits')
      .values({
        beneficiary_id: credit.beneficiary_id,
        service_id: credit.service_id,
        source_session_id: cancelled,
        used_by_session_id: cancelled,
        // Settled when that make-up was cancelled.
        created_at: credit.updated_at,
      })
      .onConflict((oc) => oc.columns(['source_session_id', 'beneficiary_id']).doNothing())
      .execute();
  await db
    .updateTable('makeup_credits')
    .set({ used_by_session_id: sessionId })
    .where('id', '=', creditId)
    .execute();
}
