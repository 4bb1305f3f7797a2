import { fullName, type DuplicateRef } from '../../../shared/domain/people';
import { foldForSearch } from '../../../shared/domain/search-fold';
import type { Db } from '../db/connection';

export interface DuplicateProbe {
  familyName: string;
  givenName: string;
  birthDate: string;
  pinfl: string | null;
}

/**
 * Records that the probe may duplicate: the same PINFL, or the same family and given name on the same birth
 * date. Names are compared folded, so "Karimov Shahzod" written in Cyrillic as "Каримов Шаҳзод" is caught too.
 * `excludeId` leaves out the record being edited.
 */
export async function findDuplicates(
  db: Db,
  probe: DuplicateProbe,
  excludeId?: number,
): Promise<DuplicateRef[]> {
  let query = db
    .selectFrom('beneficiaries')
    .select(['id', 'family_name', 'given_name', 'patronymic', 'birth_date', 'pinfl'])
    .where((eb) =>
      probe.pinfl === null
        ? eb('birth_date', '=', probe.birthDate)
        : eb.or([eb('birth_date', '=', probe.birthDate), eb('pinfl', '=', probe.pinfl)]),
    );
  if (excludeId !== undefined) query = query.where('id', '!=', excludeId);
  const rows = await query.orderBy('id').execute();

  const family = foldForSearch(probe.familyName);
  const given = foldForSearch(probe.givenName);
  const found: DuplicateRef[] = [];
  for (const row of rows) {
    const samePinfl = probe.pinfl !== null && row.pinfl === probe.pinfl;
    const sameName =
      row.birth_date === probe.birthDate &&
      foldForSearch(row.family_name) === family &&
      foldForSearch(row.given_name) === given;
    if (!samePinfl && !sameName) continue;
    found.push({
      id: row.id,
      name: fullName({ familyName: row.family_name, givenName: row.given_name, patronymic: row.patronymic }),
      birthDate: row.birth_date,
      pinfl: row.pinfl,
      match: samePinfl ? 'pinfl' : 'name',
    });
  }
  return found;
}
