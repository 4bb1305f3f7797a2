import type { ParsedInput } from '../../../shared/contract';
import type { WaitingEntryView } from '../../../shared/contract/waiting';
import { AppError } from '../errors';
import { getService } from '../places';
import type { HandlerContext, Registry } from '../registry';
import { centreToday } from '../people/today';
import { readEntries, readEntry } from './store';

/** Adding people to a group's or a service's waiting list and changing their entries. */

function invalid(field: string, key: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fields: { [field]: { key } } });
}

async function add(input: ParsedInput<'waiting.add'>, ctx: HandlerContext): Promise<{ id: number }> {
  const { db } = ctx;
  const person = await db
    .selectFrom('beneficiaries')
    .select('id')
    .where('id', '=', input.beneficiaryId)
    // An archived person holds no place in a queue (restored from the archive, they can be added again).
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', `No beneficiary ${input.beneficiaryId}`);
  await getService(db, input.serviceId);
  if (input.groupId !== null) {
    const group = await db
      .selectFrom('groups')
      .select('service_id')
      .where('id', '=', input.groupId)
      .executeTakeFirst();
    if (!group) throw new AppError('NOT_FOUND', `No group ${input.groupId}`);
    if (group.service_id !== input.serviceId)
      throw invalid('serviceId', 'groups.validation.serviceOfGroup', 'The list is for the group’s service');
    const today = await centreToday(db, ctx.now);
    const enrolled = await db
      .selectFrom('group_enrolments')
      .select('id')
      .where('group_id', '=', input.groupId)
      .where('beneficiary_id', '=', input.beneficiaryId)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
      .executeTakeFirst();
    if (enrolled) throw invalid('beneficiaryId', 'groups.validation.alreadyEnrolled', 'Already in the group');
  }
  const list = await readEntries(db, { groupId: input.groupId, serviceId: input.serviceId });
  if (list.some((entry) => entry.beneficiaryId === input.beneficiaryId))
    throw invalid('beneficiaryId', 'groups.validation.alreadyWaiting', 'Already on this waiting list');
  const stamp = ctx.now.toISOString();
  const row = await db
    .insertInto('waiting_list')
    .values({
      beneficiary_id: input.beneficiaryId,
      group_id: input.groupId,
      service_id: input.serviceId,
      priority: input.priority,
      status: 'waiting',
      note: input.note,
      added_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id };
}

async function update(input: ParsedInput<'waiting.update'>, ctx: HandlerContext): Promise<WaitingEntryView> {
  await readEntry(ctx.db, input.id);
  await ctx.db
    .updateTable('waiting_list')
    .set({
      ...(input.priority === undefined ? {} : { priority: input.priority }),
      ...(input.note === undefined ? {} : { note: input.note }),
      ...(input.status === undefined ? {} : { status: input.status }),
      updated_at: ctx.now.toISOString(),
    })
    .where('id', '=', input.id)
    .execute();
  return readEntry(ctx.db, input.id);
}

export function registerWaiting(registry: Registry): void {
  registry.register('waiting.list', {
    write: false,
    run: (input, { db }) =>
      readEntries(db, {
        ...(input.groupId === undefined ? {} : { groupId: input.groupId }),
        ...(input.serviceId === undefined ? {} : { serviceId: input.serviceId }),
        includeClosed: input.includeClosed,
      }),
  });
  registry.register('waiting.add', { write: true, run: add });
  registry.register('waiting.update', { write: true, run: update });
}
