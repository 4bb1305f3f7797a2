import { checkBeneficiaryDates, type ParsedBeneficiary } from '../../../shared/contract/people';
import type { FieldIssue } from '../../../shared/contract';
import type { Beneficiary } from '../../../shared/domain/people';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { findDuplicates } from './duplicates';
import {
  getBeneficiary,
  guardianIdsOf,
  insertBeneficiary,
  unknownServiceIds,
  updateBeneficiary,
} from './repository';

/**
 * The checks that need the database or today's date, after the schema's. Throws VALIDATION with field
 * details, or CONFLICT with `{ duplicates }`; writes nothing either way.
 */
export async function checkAgainstRecords(
  db: Db,
  person: ParsedBeneficiary,
  today: string,
  id?: number,
): Promise<void> {
  const fields: Record<string, FieldIssue> = checkBeneficiaryDates(person, today);
  if ((await unknownServiceIds(db, person.serviceIds)).length > 0) {
    fields.serviceIds = { key: 'validation.invalidChoice' };
  }
  const ownGuardians = id === undefined ? new Set<number>() : await guardianIdsOf(db, id);
  person.guardians.forEach((guardian, index) => {
    if (guardian.id !== undefined && !ownGuardians.has(guardian.id)) {
      fields[`guardians.${index}.id`] = { key: 'validation.invalid' };
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError('VALIDATION', 'The beneficiary does not fit the records or today’s date', { fields });
  }

  const duplicates = await findDuplicates(db, person, id);
  const blocking = person.confirmNotDuplicate ? duplicates.filter((d) => d.match === 'pinfl') : duplicates;
  if (blocking.length > 0) {
    const pinflTaken = blocking.some((d) => d.match === 'pinfl');
    throw new AppError(
      'CONFLICT',
      pinflTaken
        ? 'This PINFL is already recorded'
        : 'Someone of this name and birth date is already recorded',
      { duplicates, ...(pinflTaken && { fields: { pinfl: { key: 'people.validation.pinflTaken' } } }) },
    );
  }
}

export async function createBeneficiary(
  db: Db,
  person: ParsedBeneficiary,
  now: Date,
  today: string,
): Promise<Beneficiary> {
  await checkAgainstRecords(db, person, today);
  const id = await insertBeneficiary(db, person, now);
  return readBeneficiary(db, id, today);
}

export async function editBeneficiary(
  db: Db,
  id: number,
  person: ParsedBeneficiary,
  now: Date,
  today: string,
): Promise<Beneficiary> {
  await readBeneficiary(db, id, today);
  await checkAgainstRecords(db, person, today, id);
  await updateBeneficiary(db, id, person, now);
  return readBeneficiary(db, id, today);
}

export async function readBeneficiary(db: Db, id: number, today: string): Promise<Beneficiary> {
  const person = await getBeneficiary(db, id, today);
  if (!person) throw new AppError('NOT_FOUND', `No beneficiary with id ${id}`);
  return person;
}
