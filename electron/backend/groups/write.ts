import type { ParsedInput } from '../../../shared/contract';
import type { GroupWriteResult } from '../../../shared/contract/groups';
import type { Decision } from '../../../shared/domain/scheduling';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';
import { centreToday } from '../people/today';
import { ClashLoader } from '../schedule/clash-context';
import { undecided } from '../schedule/checks';
import { requireDecisions, settleClashes } from '../schedule/verdict';
import { insertGroup, readGroup, readRoster, updateGroupRow, type StoredGroup } from './group-store';
import { timetableClashes, writeTimetable } from './group-sessions';

/** Creating a group with its sessions, and changing it: checked for clashes inside the write transaction. */

/** The service, teacher and room must exist, and the group must fit in its room. */
async function checkReferences(
  loader: ClashLoader,
  group: Pick<StoredGroup, 'serviceId' | 'teacherId' | 'roomId' | 'capacity'>,
): Promise<void> {
  await loader.service(group.serviceId);
  await loader.specialist(group.teacherId);
  if (group.roomId === null) return;
  const room = await loader.room(group.roomId);
  if (group.capacity > room.capacity)
    throw new AppError('VALIDATION', `The room has ${room.capacity} places`, {
      fields: { capacity: { key: 'groups.validation.capacityOverRoom' } },
    });
}

/**
 * Writes the timetable from `from` on, asks for decisions on closures and leave, and settles the clashes:
 * hard ones refuse, soft ones need a manager's reason, which is recorded against the group.
 */
async function settleTimetable(
  ctx: HandlerContext,
  loader: ClashLoader,
  group: StoredGroup,
  from: string | null,
  decisions: Decision[],
  override: { reason: string } | undefined,
): Promise<GroupWriteResult> {
  const roster = await readRoster(ctx.db, group.id);
  const written = await writeTimetable(ctx.db, group, from, decisions, roster, await loader.zone(), ctx.now);
  requireDecisions(await undecided(ctx.db, written, group.teacherId));
  const found = await timetableClashes(loader, written, roster);
  const overrideId = await settleClashes(ctx, found, override, {
    sessionId: null,
    seriesId: null,
    groupId: group.id,
  });
  return { id: group.id, sessionIds: written.map((w) => w.id), overrideId };
}

export async function createGroup(
  input: ParsedInput<'groups.create'>,
  ctx: HandlerContext,
): Promise<GroupWriteResult> {
  const loader = new ClashLoader(ctx.db);
  const fields = {
    name: input.name,
    serviceId: input.serviceId,
    teacherId: input.teacherId,
    roomId: input.roomId,
    capacity: input.capacity,
    minAgeMonths: input.minAgeMonths,
    maxAgeMonths: input.maxAgeMonths,
    rule: input.schedule,
    notes: input.notes,
    active: true,
  };
  await checkReferences(loader, fields);
  const id = await insertGroup(ctx.db, fields, ctx.now);
  return settleTimetable(ctx, loader, { ...fields, id }, null, input.decisions, input.override);
}

/**
 * Changes a group. A new timetable, teacher or room rewrites the sessions from `from` (today by default);
 * the roster's people follow into the rewritten sessions.
 */
export async function updateGroup(
  input: ParsedInput<'groups.update'>,
  ctx: HandlerContext,
): Promise<GroupWriteResult> {
  const loader = new ClashLoader(ctx.db);
  const previous = await readGroup(ctx.db, input.id);
  const next: StoredGroup = {
    ...previous,
    name: input.name ?? previous.name,
    teacherId: input.teacherId ?? previous.teacherId,
    roomId: input.roomId === undefined ? previous.roomId : input.roomId,
    capacity: input.capacity ?? previous.capacity,
    minAgeMonths: input.minAgeMonths === undefined ? previous.minAgeMonths : input.minAgeMonths,
    maxAgeMonths: input.maxAgeMonths === undefined ? previous.maxAgeMonths : input.maxAgeMonths,
    notes: input.notes ?? previous.notes,
    active: input.active ?? previous.active,
    rule: input.schedule ?? previous.rule,
  };
  if (next.minAgeMonths !== null && next.maxAgeMonths !== null && next.maxAgeMonths <= next.minAgeMonths)
    throw new AppError('VALIDATION', 'The age band is upside down', {
      fields: { maxAgeMonths: { key: 'groups.validation.ageBand' } },
    });
  await checkReferences(loader, next);
  const today = await centreToday(ctx.db, ctx.now);
  const from = input.from ?? today;
  if (from < today)
    throw new AppError('VALIDATION', 'Only sessions from today on can change', {
      fields: { from: { key: 'groups.validation.fromInPast' } },
    });
  await updateGroupRow(ctx.db, next, ctx.now);
  const timetableChanged =
    input.schedule !== undefined || next.teacherId !== previous.teacherId || next.roomId !== previous.roomId;
  if (!timetableChanged) return { id: next.id, sessionIds: [], overrideId: null };
  return settleTimetable(ctx, loader, next, from, input.decisions, input.override);
}
