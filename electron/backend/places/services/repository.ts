import type { ParsedInput } from '../../../../shared/contract';
import { LANGUAGES } from '../../../../shared/domain/languages';
import type { EligibilityCriterion, Service, ServiceKind } from '../../../../shared/domain/services';
import type { Db } from '../../db/connection';
import type { ServicesTable } from '../../db/schema';
import { AppError } from '../../errors';

type ServiceRow = Omit<ServicesTable, 'id'> & { id: number };
type ServiceFields = ParsedInput<'services.create'>;

function toService(row: ServiceRow): Service {
  return {
    id: row.id,
    code: row.code,
    names: {
      'uz-Latn': row.name_uz_latn,
      'uz-Cyrl': row.name_uz_cyrl,
      ru: row.name_ru,
      en: row.name_en,
    },
    kind: row.kind as ServiceKind,
    defaultMinutes: row.default_minutes,
    minAgeMonths: row.min_age_months,
    maxAgeMonths: row.max_age_months,
    eligibility: JSON.parse(row.eligibility) as EligibilityCriterion[],
    colour: row.colour,
    active: row.active === 1,
  };
}

function toRow(service: ServiceFields) {
  return {
    name_uz_latn: service.names['uz-Latn'],
    name_uz_cyrl: service.names['uz-Cyrl'],
    name_ru: service.names.ru,
    name_en: service.names.en,
    kind: service.kind,
    default_minutes: service.defaultMinutes,
    min_age_months: service.minAgeMonths,
    max_age_months: service.maxAgeMonths,
    eligibility: JSON.stringify(service.eligibility),
    colour: service.colour,
    active: service.active ? 1 : 0,
  };
}

/** The catalogue in its own order (the pre-filled services first, as a centre lists them), active ones first. */
export async function listServices(db: Db, options: { includeInactive?: boolean } = {}): Promise<Service[]> {
  let query = db.selectFrom('services').selectAll().orderBy('active', 'desc').orderBy('id');
  if (!options.includeInactive) query = query.where('active', '=', 1);
  return (await query.execute()).map(toService);
}

export async function findService(db: Db, id: number): Promise<Service | undefined> {
  const row = await db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toService(row);
}

export async function getService(db: Db, id: number): Promise<Service> {
  const service = await findService(db, id);
  if (!service) throw new AppError('NOT_FOUND', `No service ${id}`);
  return service;
}

/** Two services of the same name in one language could not be told apart in a list or on paper. */
async function refuseDuplicateNames(db: Db, service: ServiceFields, exceptId: number | null): Promise<void> {
  const others = await listServices(db, { includeInactive: true });
  const fields: Record<string, { key: string }> = {};
  for (const language of LANGUAGES) {
    const name = service.names[language].toLocaleLowerCase();
    const clash = others.find((s) => s.id !== exceptId && s.names[language].toLocaleLowerCase() === name);
    if (clash) fields[`names.${language}`] = { key: 'places.validation.serviceNameTaken' };
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('CONFLICT', 'Another service has the same name', { fields });
  }
}

export async function createService(db: Db, service: ServiceFields, now: Date): Promise<Service> {
  await refuseDuplicateNames(db, service, null);
  // Inside the write transaction no one else can take the next id between this read and the insert.
  const last = await db
    .selectFrom('services')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const stamp = now.toISOString();
  const inserted = await db
    .insertInto('services')
    .values({
      code: `service_${(last?.id ?? 0) + 1}`,
      ...toRow(service),
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getService(db, inserted.id);
}

export async function updateService(
  db: Db,
  service: ParsedInput<'services.update'>,
  now: Date,
): Promise<Service> {
  await getService(db, service.id);
  await refuseDuplicateNames(db, service, service.id);
  await db
    .updateTable('services')
    .set({ ...toRow(service), updated_at: now.toISOString() })
    .where('id', '=', service.id)
    .execute();
  return getService(db, service.id);
}
