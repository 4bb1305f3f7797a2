import type { ParsedInput } from '../../../shared/contract';
import { ruleOf, type BookResult } from '../../../shared/contract/schedule';
import { applyDecisions, type Clash, type SeriesPlan } from '../../../shared/domain/scheduling';
import { checkCreditUse, useCredit } from '../attendance/credits';
import { isArchived } from '../data-export/archive';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';
import { ClashLoader } from './clash-context';
import { candidateOf, clashesOfWritten, undecided } from './checks';
import { insertSeries, writeExceptions, type StoredSeries } from './series-store';
import { insertSession, syncSeriesRows, type SessionFields } from './session-store';
import { requireDecisions, settleClashes } from './verdict';

type Booking = ParsedInput<'schedule.book'>;

/** The service, specialist, room and person must exist, and the mother must be one of the child's guardians. */
async function checkReferences(
  db: Db,
  loader: ClashLoader,
  booking: Omit<ParsedInput<'schedule.check'>, 'sessionId'>,
): Promise<void> {
  await loader.service(booking.serviceId);
  await loader.specialist(booking.specialistId);
  if (booking.roomId !== null) await loader.room(booking.roomId);
  await loader.person(booking.beneficiaryId);
  if (booking.motherGuardianId === null) return;
  const guardian = await db
    .selectFrom('guardians')
    .select('id')
    .where('id', '=', booking.motherGuardianId)
    .where('beneficiary_id', '=', booking.beneficiaryId)
    .executeTakeFirst();
  if (!guardian)
    throw new AppError('VALIDATION', 'The mother is not a guardian of this person', {
      fields: { motherGuardianId: { key: 'schedule.validation.motherGuardianId' } },
    });
}

function fieldsOf(
  booking: Omit<ParsedInput<'schedule.check'>, 'sessionId'> & { notes?: string },
): SessionFields {
  return {
    seriesId: null,
    originalDate: null,
    serviceId: booking.serviceId,
    specialistId: booking.specialistId,
    roomId: booking.roomId,
    motherGuardianId: booking.motherGuardianId,
    date: booking.date,
    startTime: booking.startTime,
    minutes: booking.minutes,
    cancelled: null,
    notes: booking.notes ?? '',
  };
}

/** The clashes a session would have; nothing is written. */
export async function checkBooking(db: Db, input: ParsedInput<'schedule.check'>): Promise<Clash[]> {
  const loader = new ClashLoader(db);
  await checkReferences(db, loader, input);
  return loader.clashes(candidateOf(input.sessionId, fieldsOf(input), [input.beneficiaryId]));
}

export async function book(input: Booking, ctx: HandlerContext): Promise<BookResult> {
  const loader = new ClashLoader(ctx.db);
  // The pickers hide archived people, and the archive takes no one with sessions to come: none is booked.
  if (await isArchived(ctx.db, input.beneficiaryId))
    throw new AppError('NOT_FOUND', `No beneficiary ${input.beneficiaryId}`);
  await checkReferences(ctx.db, loader, input);
  return input.repeat ? bookSeries(input, input.repeat, ctx, loader) : bookOne(input, ctx, loader);
}

async function bookOne(input: Booking, ctx: HandlerContext, loader: ClashLoader): Promise<BookResult> {
  const credit = input.makeupCreditId;
  if (credit !== undefined)
    await checkCreditUse(ctx.db, {
      creditId: credit,
      beneficiaryId: input.beneficiaryId,
      serviceId: input.serviceId,
    });
  const fields = fieldsOf(input);
  const id = await insertSession(ctx.db, fields, [input.beneficiaryId], await loader.zone(), ctx.now);
  const clashes = await loader.clashes(candidateOf(id, fields, [input.beneficiaryId]));
  const found = [{ originalDate: null, date: input.date, startTime: input.startTime, clashes }];
  const overrideId = await settleClashes(ctx, found, input.override, { sessionId: id, seriesId: null });
  if (credit !== undefined) await useCredit(ctx.db, credit, id);
  return { seriesId: null, sessionIds: [id], overrideId };
}

/** The plan with the receptionist's decisions; a decision for a date the rule does not give is refused. */
export function decide(plan: SeriesPlan, decisions: Booking['decisions']): SeriesPlan {
  try {
    return applyDecisions(plan, decisions);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new AppError('VALIDATION', error.message, {
      fields: { decisions: { key: 'schedule.validation.decisionDate' } },
    });
  }
}

async function bookSeries(
  input: Booking,
  repeat: NonNullable<Booking['repeat']>,
  ctx: HandlerContext,
  loader: ClashLoader,
): Promise<BookResult> {
  const plan = decide({ rule: ruleOf(input, repeat), exceptions: [] }, input.decisions);
  const fields = {
    serviceId: input.serviceId,
    specialistId: input.specialistId,
    roomId: input.roomId,
    beneficiaryId: input.beneficiaryId,
    motherGuardianId: input.motherGuardianId,
    notes: input.notes,
    rule: plan.rule,
  };
  const id = await insertSeries(ctx.db, fields, ctx.now);
  const series: StoredSeries = { ...fields, id, exceptions: plan.exceptions };
  await writeExceptions(ctx.db, id, plan);
  const written = await syncSeriesRows(ctx.db, series, null, await loader.zone(), ctx.now);
  requireDecisions(await undecided(ctx.db, written, series.specialistId));
  const found = await clashesOfWritten(loader, written, [input.beneficiaryId]);
  const overrideId = await settleClashes(ctx, found, input.override, { sessionId: null, seriesId: id });
  return { seriesId: id, sessionIds: written.map((w) => w.id), overrideId };
}
