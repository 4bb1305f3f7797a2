import type { ParsedInput } from '../../../shared/contract';
import type { MarkSnapshot, MarkView, RollCallResult } from '../../../shared/contract/attendance';
import { expectedMark, isAttended, isFutureDate, type Mark } from '../../../shared/domain/attendance';
import { localDateTime } from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';
import { readSession } from '../schedule/session-store';
import { readSettings } from '../settings/repository';
import { grantCredit, withdrawCredit } from './credits';
import { marksOfSessions, readMark, writeMark } from './mark-store';
import { plannedInRange } from './planned';

/** Marking one person, and a group's roll call. */

interface MarkableSession {
  id: number;
  date: string;
  serviceId: number;
  /** The local time now when the session is today, else null: "one click marks arrived (records the time)". */
  clickTime: string | null;
  people: number[];
}

/**
 * The session, refused when it is after the centre's today (nobody can have come yet) or cancelled (the
 * cancellation already says what it means for everyone on it, and a make-up credit follows from it).
 */
async function markableSession(db: Db, sessionId: number, now: Date): Promise<MarkableSession> {
  const row = await readSession(db, sessionId);
  if (row.status === 'cancelled')
    throw new AppError('CONFLICT', `Session ${sessionId} is cancelled`, {
      key: 'attendance.conflict.sessionCancelled',
    });
  const { timeZone } = await readSettings(db);
  const local = localDateTime(now.toISOString(), timeZone);
  if (isFutureDate(row.date, local.date))
    throw new AppError('VALIDATION', `Session ${sessionId} is on ${row.date}, after today`, {
      fields: { sessionId: { key: 'attendance.validation.futureDate' } },
    });
  const people = await db
    .selectFrom('session_beneficiaries')
    .select('beneficiary_id')
    .where('session_id', '=', sessionId)
    .orderBy('beneficiary_id')
    .execute();
  return {
    id: row.id,
    date: row.date,
    serviceId: row.service_id,
    clickTime: row.date === local.date ? local.time : null,
    people: people.map((p) => p.beneficiary_id),
  };
}

interface MarkFieldsInput {
  mark: Mark;
  arrivedAt?: string | null | undefined;
  departedAt?: string | null | undefined;
  reason: string;
  note: string;
}

/**
 * The mark to store. An arrival time left out keeps the one already recorded (setting a day-care departure
 * must not move the arrival), and otherwise is the time of the click on today's session.
 */
function fieldsOf(
  input: MarkFieldsInput,
  current: MarkView | null,
  defaultArrival: string | null,
): MarkSnapshot {
  if (!isAttended(input.mark))
    return { mark: input.mark, arrivedAt: null, departedAt: null, reason: input.reason, note: input.note };
  const kept = current && isAttended(current.mark) ? current : null;
  return {
    mark: input.mark,
    arrivedAt: input.arrivedAt === undefined ? (kept?.arrivedAt ?? defaultArrival) : input.arrivedAt,
    departedAt: input.departedAt === undefined ? (kept?.departedAt ?? null) : input.departedAt,
    reason: input.reason,
    note: input.note,
  };
}

/** Writes a mark and keeps the make-up credit in step with "cancelled by the centre". */
async function record(
  ctx: HandlerContext,
  session: MarkableSession,
  beneficiaryId: number,
  fields: MarkSnapshot,
): Promise<MarkView> {
  const { before, view } = await writeMark(ctx.db, {
    sessionId: session.id,
    beneficiaryId,
    fields,
    by: ctx.caller.userId,
    now: ctx.now,
  });
  if (fields.mark === 'cancelled_by_centre')
    await grantCredit(ctx.db, session.id, beneficiaryId, session.serviceId, ctx.now);
  else if (before?.mark === 'cancelled_by_centre') await withdrawCredit(ctx.db, session.id, beneficiaryId);
  return view;
}

export async function mark(input: ParsedInput<'attendance.mark'>, ctx: HandlerContext): Promise<MarkView> {
  const session = await markableSession(ctx.db, input.sessionId, ctx.now);
  if (!session.people.includes(input.beneficiaryId))
    throw new AppError('VALIDATION', `Beneficiary ${input.beneficiaryId} is not on session ${session.id}`, {
      fields: { beneficiaryId: { key: 'attendance.validation.notOnSession' } },
    });
  const current = await readMark(ctx.db, session.id, input.beneficiaryId);
  return record(ctx, session, input.beneficiaryId, fieldsOf(input, current, session.clickTime));
}

/**
 * Everyone present but the exceptions. Someone already marked (checked in at reception, say) keeps that mark,
 * and someone away on a planned absence gets the excused absence it pre-fills, unless an exception says
 * otherwise. Present and late get the roll call's time on today's session, as the one-click mark gives.
 */
export async function rollCall(
  input: ParsedInput<'attendance.rollCall'>,
  ctx: HandlerContext,
): Promise<RollCallResult> {
  const session = await markableSession(ctx.db, input.sessionId, ctx.now);
  const exceptions = new Map(input.exceptions.map((e) => [e.beneficiaryId, e]));
  const stranger = input.exceptions.findIndex((e) => !session.people.includes(e.beneficiaryId));
  if (stranger >= 0)
    throw new AppError('VALIDATION', 'An exception names someone not on the session', {
      fields: { [`exceptions.${stranger}.beneficiaryId`]: { key: 'attendance.validation.notOnSession' } },
    });
  const planned = await plannedInRange(ctx.db, session.date, session.date);
  const existing = await marksOfSessions(ctx.db, [session.id]);
  const marks: RollCallResult['marks'] = [];
  for (const beneficiaryId of session.people) {
    const exception = exceptions.get(beneficiaryId);
    const current = existing.get(`${session.id}|${beneficiaryId}`) ?? null;
    if (!exception && current) {
      marks.push({ beneficiaryId, mark: current });
      continue;
    }
    const expected = expectedMark(planned, beneficiaryId, session.date);
    const fields: MarkSnapshot = exception
      ? fieldsOf(exception, current, session.clickTime)
      : expected
        ? { mark: expected.mark, arrivedAt: null, departedAt: null, reason: expected.reason, note: '' }
        : { mark: 'present', arrivedAt: session.clickTime, departedAt: null, reason: '', note: '' };
    marks.push({ beneficiaryId, mark: await record(ctx, session, beneficiaryId, fields) });
  }
  return { marks };
}
