import type { ScheduleConflict, SessionClashes } from '../../../shared/contract/schedule';
import { bookingVerdict, type NeedingDecision } from '../../../shared/domain/scheduling';
import type { HandlerContext } from '../registry';
import { AppError } from '../errors';

function conflict(details: Partial<ScheduleConflict>, message: string): AppError {
  const full: ScheduleConflict = { clashes: [], needsOverride: false, needsDecision: [], ...details };
  return new AppError('CONFLICT', message, { ...full });
}

/** Sessions of a series on a closure or a leave are shown to the receptionist, never dropped unseen. */
export function requireDecisions(needing: NeedingDecision[]): void {
  if (needing.length > 0)
    throw conflict({ needsDecision: needing }, `${needing.length} sessions fall on a closure or a leave`);
}

/**
 * Books or refuses: hard clashes always refuse; soft ones refuse unless a reason is given by a caller with the
 * override permission, and then the override is recorded. Returns the override's id, or null without clashes.
 */
export async function settleClashes(
  ctx: HandlerContext,
  found: SessionClashes[],
  override: { reason: string } | undefined,
  target: { sessionId: number | null; seriesId: number | null; groupId?: number; enrolmentId?: number },
): Promise<number | null> {
  const clashes = found.filter((entry) => entry.clashes.length > 0);
  const all = clashes.flatMap((entry) => entry.clashes);
  const verdict = bookingVerdict(all, override?.reason ?? null);
  if (verdict === 'ok') return null;
  if (verdict === 'refused') throw conflict({ clashes }, 'The session clashes with another booking');
  if (verdict === 'needs_override')
    throw conflict({ clashes, needsOverride: true }, 'Soft clashes need a manager’s reason');
  if (!ctx.caller.permissions.has('schedule.override'))
    throw new AppError('FORBIDDEN', 'Overriding clashes needs the schedule.override permission', {
      clashes,
      needsOverride: true,
    });
  const kinds = [...new Set(all.map((clash) => clash.kind))];
  const row = await ctx.db
    .insertInto('booking_overrides')
    .values({
      session_id: target.sessionId,
      series_id: target.seriesId,
      group_id: target.groupId ?? null,
      enrolment_id: target.enrolmentId ?? null,
      clash_kinds: JSON.stringify(kinds),
      reason: override?.reason ?? '',
      user_id: ctx.caller.userId,
      created_at: ctx.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
