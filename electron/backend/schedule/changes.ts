import type { ParsedInput } from '../../../shared/contract';
import {
  editAll,
  exceptionFor,
  expandSeries,
  remainingCount,
  seriesRuleProblems,
  setException,
  splitSeries,
  type SeriesRule,
} from '../../../shared/domain/scheduling';
import { ruleProblemKey } from '../../../shared/contract/schedule';
import type { WaitingOfferView } from '../../../shared/contract/waiting';
import { AppError } from '../errors';
import { grantCentreCredits } from '../attendance/credits';
import { cancellationOffers } from '../waiting/offer';
import type { HandlerContext } from '../registry';
import { centreToday } from '../people/today';
import { ClashLoader } from './clash-context';
import { candidateOf, clashesOfWritten, undecided } from './checks';
import { decide } from './book';
import { insertSeries, readSeries, updateSeries, writeExceptions, type StoredSeries } from './series-store';
import { readSession, rowCancellation, syncSeriesRows, updateSession, type Written } from './session-store';
import { requireDecisions, settleClashes } from './verdict';

/** Moving, cancelling and editing booked sessions and series. */

async function beneficiaryIdsOf(ctx: HandlerContext, sessionId: number): Promise<number[]> {
  const rows = await ctx.db
    .selectFrom('session_beneficiaries')
    .select('beneficiary_id')
    .where('session_id', '=', sessionId)
    .execute();
  return rows.map((row) => row.beneficiary_id);
}

/** Writes a series' new state, asks for decisions and checks the sessions it changed. */
async function commitSeries(
  ctx: HandlerContext,
  loader: ClashLoader,
  series: StoredSeries,
  keepBefore: string | null,
): Promise<Written[]> {
  await writeExceptions(ctx.db, series.id, series);
  return syncSeriesRows(ctx.db, series, keepBefore, await loader.zone(), ctx.now);
}

async function settleSeries(
  ctx: HandlerContext,
  loader: ClashLoader,
  series: StoredSeries,
  written: Written[],
  override: { reason: string } | undefined,
): Promise<number | null> {
  requireDecisions(await undecided(ctx.db, written, series.specialistId));
  const found = await clashesOfWritten(loader, written, [series.beneficiaryId]);
  return settleClashes(ctx, found, override, { sessionId: null, seriesId: series.id });
}

/**
 * One session to another slot, room or specialist. In a series this is recorded as a "moved" exception, so the
 * session stays where it was put when the series' time is edited later.
 */
export async function move(
  input: ParsedInput<'schedule.move'>,
  ctx: HandlerContext,
): Promise<{ sessionId: number; overrideId: number | null }> {
  const loader = new ClashLoader(ctx.db);
  const row = await readSession(ctx.db, input.sessionId);
  if (input.specialistId !== undefined) await loader.specialist(input.specialistId);
  if (input.roomId != null) await loader.room(input.roomId);
  if (row.series_id === null || row.original_date === null) {
    const fields = {
      seriesId: null,
      originalDate: null,
      serviceId: row.service_id,
      specialistId: input.specialistId ?? row.specialist_id,
      roomId: input.roomId === undefined ? row.room_id : input.roomId,
      motherGuardianId: row.mother_guardian_id,
      date: input.date,
      startTime: input.startTime,
      minutes: input.minutes,
      cancelled: rowCancellation(row),
      notes: row.notes,
    };
    await updateSession(ctx.db, row.id, fields, await loader.zone(), ctx.now);
    // A group session moved on its own stays where it was put when the group's timetable changes.
    if (row.group_id !== null)
      await ctx.db.updateTable('sessions').set({ group_detached: 1 }).where('id', '=', row.id).execute();
    const clashes = await loader.clashes(candidateOf(row.id, fields, await beneficiaryIdsOf(ctx, row.id)));
    const found = [{ originalDate: null, date: input.date, startTime: input.startTime, clashes }];
    const overrideId = await settleClashes(ctx, found, input.override, { sessionId: row.id, seriesId: null });
    return { sessionId: row.id, overrideId };
  }
  const series = await readSeries(ctx.db, row.series_id);
  if (input.roomId === null && series.roomId !== null)
    throw new AppError('VALIDATION', 'A session of a series keeps a room', {
      fields: { roomId: { key: 'validation.required' } },
    });
  const current = exceptionFor(series.exceptions, row.original_date);
  const exceptions = setException(expandSeries(series.rule), series.exceptions, {
    ...current,
    moved: { date: input.date, startTime: input.startTime, durationMinutes: input.minutes },
    changes: {
      ...current.changes,
      roomId: input.roomId == null || input.roomId === series.roomId ? current.changes.roomId : input.roomId,
      specialistId:
        input.specialistId === undefined || input.specialistId === series.specialistId
          ? current.changes.specialistId
          : input.specialistId,
    },
  });
  const next = { ...series, exceptions };
  const written = await commitSeries(ctx, loader, next, null);
  const found = await clashesOfWritten(loader, written, [series.beneficiaryId]);
  const overrideId = await settleClashes(ctx, found, input.override, {
    sessionId: row.id,
    seriesId: series.id,
  });
  return { sessionId: row.id, overrideId };
}

/** Cancels one session, or a session with the ones after it, or every session of its series from today. */
export async function cancel(
  input: ParsedInput<'schedule.cancel'>,
  ctx: HandlerContext,
): Promise<{ cancelled: number[]; offers: WaitingOfferView[] }> {
  const row = await readSession(ctx.db, input.sessionId);
  const cancelled = { reason: input.reason, note: input.note };
  if (row.series_id === null || row.original_date === null) {
    await ctx.db
      .updateTable('sessions')
      .set({
        status: 'cancelled',
        cancel_reason: input.reason,
        cancel_note: input.note,
        updated_at: ctx.now.toISOString(),
        ...(row.group_id === null ? {} : { group_detached: 1 }),
      })
      .where('id', '=', row.id)
      .execute();
    // A session the centre cancelled owes each of its people a make-up session.
    if (input.reason === 'centre') await grantCentreCredits(ctx.db, [row.id], ctx.now);
    return { cancelled: [row.id], offers: await cancellationOffers(ctx.db, row) };
  }
  const loader = new ClashLoader(ctx.db);
  const series = await readSeries(ctx.db, row.series_id);
  const today = await centreToday(ctx.db, ctx.now);
  const occurrences = expandSeries(series.rule);
  const from = input.scope === 'this' || input.scope === 'following' ? row.original_date : today;
  const chosen = occurrences.filter((o) =>
    input.scope === 'this' ? o.originalDate === row.original_date : o.originalDate >= from,
  );
  let exceptions = series.exceptions;
  for (const occurrence of chosen) {
    const current = exceptionFor(exceptions, occurrence.originalDate);
    if (!current.cancelled) exceptions = setException(occurrences, exceptions, { ...current, cancelled });
  }
  const written = await commitSeries(
    ctx,
    loader,
    { ...series, exceptions },
    input.scope === 'all' ? today : null,
  );
  if (input.scope === 'all')
    await ctx.db
      .updateTable('series')
      .set({ cancelled_at: ctx.now.toISOString() })
      .where('id', '=', series.id)
      .execute();
  const cancelledIds = written.filter((w) => w.fields.cancelled).map((w) => w.id);
  if (input.reason === 'centre') await grantCentreCredits(ctx.db, cancelledIds, ctx.now);
  return { cancelled: cancelledIds, offers: await cancellationOffers(ctx.db, row) };
}

function editedRule(rule: SeriesRule, changes: ParsedInput<'schedule.editSeries'>['changes']): SeriesRule {
  const next: SeriesRule = {
    ...rule,
    startTime: changes.startTime ?? rule.startTime,
    durationMinutes: changes.minutes ?? rule.durationMinutes,
    weekdays: changes.weekdays ?? rule.weekdays,
  };
  const problems = seriesRuleProblems(next);
  if (problems.length > 0)
    throw new AppError('VALIDATION', 'The edited series has no valid rule', {
      fields: Object.fromEntries(problems.map((p) => [`changes.${p.field}`, { key: ruleProblemKey(p) }])),
    });
  return next;
}

/** Edits a series from one of its sessions: this one, this and the following ones, or all of them. */
export async function editSeries(
  input: ParsedInput<'schedule.editSeries'>,
  ctx: HandlerContext,
): Promise<{ seriesId: number; sessionIds: number[]; overrideId: number | null }> {
  const row = await readSession(ctx.db, input.sessionId);
  if (row.series_id === null || row.original_date === null)
    throw new AppError('VALIDATION', 'The session is not part of a series', {
      fields: { sessionId: { key: 'schedule.validation.notSeries' } },
    });
  const { changes } = input;
  if (input.scope === 'this') {
    if (changes.weekdays !== undefined)
      throw new AppError('VALIDATION', 'Weekdays belong to the series', {
        fields: { 'changes.weekdays': { key: 'schedule.validation.weekdaysOfSeries' } },
      });
    const moved = await move(
      {
        sessionId: row.id,
        date: row.date,
        startTime: changes.startTime ?? row.start_time,
        minutes: changes.minutes ?? row.minutes,
        ...(changes.roomId === undefined ? {} : { roomId: changes.roomId }),
        ...(changes.specialistId === undefined ? {} : { specialistId: changes.specialistId }),
        ...(input.override ? { override: input.override } : {}),
      },
      ctx,
    );
    return { seriesId: row.series_id, sessionIds: [moved.sessionId], overrideId: moved.overrideId };
  }
  const loader = new ClashLoader(ctx.db);
  if (changes.specialistId !== undefined) await loader.specialist(changes.specialistId);
  if (changes.roomId != null) await loader.room(changes.roomId);
  const series = await readSeries(ctx.db, row.series_id);
  const today = await centreToday(ctx.db, ctx.now);
  const people = {
    specialistId: changes.specialistId ?? series.specialistId,
    roomId: changes.roomId === undefined ? series.roomId : changes.roomId,
  };
  const rule = editedRule(series.rule, changes);
  const first = expandSeries(series.rule)[0]?.originalDate;
  if (input.scope === 'all' || row.original_date === first) {
    const edit = editAll(series, rule);
    const plan = decide(edit.current, input.decisions);
    const next: StoredSeries = { ...series, ...people, rule: plan.rule, exceptions: plan.exceptions };
    await updateSeries(ctx.db, next, ctx.now);
    const written = await commitSeries(ctx, loader, next, today);
    const overrideId = await settleSeries(ctx, loader, next, written, input.override);
    return { seriesId: series.id, sessionIds: written.map((w) => w.id), overrideId };
  }
  const fromDate = row.original_date;
  const followingRule: SeriesRule = {
    ...rule,
    startDate: fromDate,
    end:
      rule.end.kind === 'count' ? { kind: 'count', count: remainingCount(series.rule, fromDate) } : rule.end,
  };
  const edit = splitSeries(series, fromDate, followingRule);
  const earlier: StoredSeries = { ...series, ...edit.current };
  await updateSeries(ctx.db, earlier, ctx.now);
  const plan = decide(edit.following ?? edit.current, input.decisions);
  const fields = { ...series, ...people, rule: plan.rule };
  const id = await insertSeries(ctx.db, fields, ctx.now);
  const later: StoredSeries = { ...fields, id, exceptions: plan.exceptions };
  // The sessions from the split on now belong to the new series, which keeps their rows where it can.
  await ctx.db
    .updateTable('sessions')
    .set({ series_id: id })
    .where('series_id', '=', series.id)
    .where('original_date', '>=', fromDate)
    .execute();
  await commitSeries(ctx, loader, earlier, today);
  const written = await commitSeries(ctx, loader, later, today);
  const overrideId = await settleSeries(ctx, loader, later, written, input.override);
  return { seriesId: id, sessionIds: written.map((w) => w.id), overrideId };
}
