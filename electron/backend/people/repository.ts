import type { GuardianInput, ParsedBeneficiary } from '../../../shared/contract/people';
import { ageInYears } from '../../../shared/domain/age';
import type { Beneficiary, ServiceRef } from '../../../shared/domain/people';
import type { Db } from '../db/connection';
import { beneficiaryColumns, guardianColumns, toBeneficiary, toGuardian } from './rows';

/**
 * Stores a beneficiary with guardians and referred services. No checks beyond the schema's: callers check
 * duplicates and service ids first (see service.ts), and run it inside a write transaction.
 */
export async function insertBeneficiary(db: Db, person: ParsedBeneficiary, now: Date): Promise<number> {
  const stamp = now.toISOString();
  const { id } = await db
    .insertInto('beneficiaries')
    .values({ ...beneficiaryColumns(person), created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceGuardians(db, id, person.guardians);
  await replaceServices(db, id, person.serviceIds);
  return id;
}

/** Rewrites a beneficiary; guardians are kept by id (see replaceGuardians). False when there is no such id. */
export async function updateBeneficiary(
  db: Db,
  id: number,
  person: ParsedBeneficiary,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('beneficiaries')
    .set({ ...beneficiaryColumns(person), updated_at: now.toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await replaceGuardians(db, id, person.guardians);
  await replaceServices(db, id, person.serviceIds);
  return true;
}

/**
 * Makes the stored guardians the given list: those with an id are updated in place (so later records that
 * point at a guardian keep pointing at the same person), new ones are added, and unlisted ones removed.
 * Without a guardian marked primary the first one is. Ids must belong to this beneficiary (see service.ts).
 */
async function replaceGuardians(db: Db, beneficiaryId: number, guardians: GuardianInput[]): Promise<void> {
  const keep = guardians.flatMap((g) => (g.id === undefined ? [] : [g.id]));
  let removal = db.deleteFrom('guardians').where('beneficiary_id', '=', beneficiaryId);
  if (keep.length > 0) removal = removal.where('id', 'not in', keep);
  await removal.execute();

  const primaryIndex = Math.max(
    0,
    guardians.findIndex((g) => g.isPrimary),
  );
  for (const [index, guardian] of guardians.entries()) {
    const columns = guardianColumns(guardian, index, index === primaryIndex);
    if (guardian.id === undefined) {
      await db
        .insertInto('guardians')
        .values({ ...columns, beneficiary_id: beneficiaryId })
        .execute();
    } else {
      await db
        .updateTable('guardians')
        .set(columns)
        .where('id', '=', guardian.id)
        .where('beneficiary_id', '=', beneficiaryId)
        .execute();
    }
  }
}

async function replaceServices(db: Db, beneficiaryId: number, serviceIds: number[]): Promise<void> {
  await db.deleteFrom('beneficiary_services').where('beneficiary_id', '=', beneficiaryId).execute();
  if (serviceIds.length === 0) return;
  await db
    .insertInto('beneficiary_services')
    .values(serviceIds.map((serviceId) => ({ beneficiary_id: beneficiaryId, service_id: serviceId })))
    .execute();
}

export async function guardianIdsOf(db: Db, beneficiaryId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('guardians')
    .select('id')
    .where('beneficiary_id', '=', beneficiaryId)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Which of the given service ids do not exist. */
export async function unknownServiceIds(db: Db, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('services').select('id').where('id', 'in', ids).execute();
  const known = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

export async function getBeneficiary(db: Db, id: number, today: string): Promise<Beneficiary | null> {
  const row = await db.selectFrom('beneficiaries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const guardians = await db
    .selectFrom('guardians')
    .selectAll()
    .where('beneficiary_id', '=', id)
    .orderBy('is_primary', 'desc')
    .orderBy('position')
    .orderBy('id')
    .execute();
  const services = await db
    .selectFrom('beneficiary_services')
    .innerJoin('services', 'services.id', 'beneficiary_services.service_id')
    .select([
      'services.id',
      'services.code',
      'services.name_uz_latn',
      'services.name_uz_cyrl',
      'services.name_ru',
      'services.name_en',
    ])
    .where('beneficiary_services.beneficiary_id', '=', id)
    .orderBy('services.name_uz_latn')
    .execute();
  const refs: ServiceRef[] = services.map((s) => ({
    id: s.id,
    code: s.code,
    names: { 'uz-Latn': s.name_uz_latn, 'uz-Cyrl': s.name_uz_cyrl, ru: s.name_ru, en: s.name_en },
  }));
  return toBeneficiary(row, guardians.map(toGuardian), refs, ageInYears(row.birth_date, today));
}
