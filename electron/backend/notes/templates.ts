import type { ParsedInput } from '../../../shared/contract';
import type { NoteTemplate } from '../../../shared/contract/notes';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';

function toTemplate(row: {
  id: number;
  service_id: number;
  title: string;
  what_was_done: string;
  observations: string;
}): NoteTemplate {
  return {
    id: row.id,
    serviceId: row.service_id,
    title: row.title,
    whatWasDone: row.what_was_done,
    observations: row.observations,
  };
}

export async function listTemplates(db: Db, serviceId: number | undefined): Promise<NoteTemplate[]> {
  let query = db
    .selectFrom('note_templates')
    .select(['id', 'service_id', 'title', 'what_was_done', 'observations']);
  if (serviceId !== undefined) query = query.where('service_id', '=', serviceId);
  return (await query.orderBy('service_id').orderBy('title').execute()).map(toTemplate);
}

/** Creates a template, or replaces one's text; a service's template titles are unique. */
export async function saveTemplate(
  input: ParsedInput<'notes.templates.save'>,
  { db, now }: HandlerContext,
): Promise<NoteTemplate> {
  const service = await db
    .selectFrom('services')
    .select('id')
    .where('id', '=', input.serviceId)
    .executeTakeFirst();
  if (!service) throw new AppError('NOT_FOUND', `No service ${input.serviceId}`);
  const clash = await db
    .selectFrom('note_templates')
    .select('id')
    .where('service_id', '=', input.serviceId)
    .where('title', '=', input.title)
    .executeTakeFirst();
  if (clash && clash.id !== input.id)
    throw new AppError('VALIDATION', 'A template of this service has that title', {
      fields: { title: { key: 'notes.validation.titleTaken' } },
    });
  const stamp = now.toISOString();
  const values = {
    service_id: input.serviceId,
    title: input.title,
    what_was_done: input.whatWasDone,
    observations: input.observations,
    updated_at: stamp,
  };
  let id = input.id;
  if (id === undefined) {
    ({ id } = await db
      .insertInto('note_templates')
      .values({ ...values, created_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow());
  } else {
    const updated = await db
      .updateTable('note_templates')
      .set(values)
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new AppError('NOT_FOUND', `No template ${id}`);
  }
  const row = await db
    .selectFrom('note_templates')
    .select(['id', 'service_id', 'title', 'what_was_done', 'observations'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return toTemplate(row);
}
