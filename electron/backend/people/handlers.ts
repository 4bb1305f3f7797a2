import { isArchived } from '../data-export/archive';
import { AppError } from '../errors';
import type { Registry } from '../registry';
import { searchBeneficiaries } from './search';
import { createBeneficiary, editBeneficiary, readBeneficiary } from './service';
import { centreToday } from './today';

export function registerPeople(registry: Registry): void {
  registry.register('people.search', {
    write: false,
    run: async (input, { db, now }) => searchBeneficiaries(db, input, await centreToday(db, now)),
  });
  registry.register('people.get', {
    write: false,
    run: async ({ id }, { db, now, caller }) => {
      // An archived file opens only for those who manage the archive (data.export); to others it is gone.
      if (!caller.permissions.has('data.export') && (await isArchived(db, id))) {
        throw new AppError('NOT_FOUND', `Beneficiary ${id} is archived`);
      }
      return readBeneficiary(db, id, await centreToday(db, now));
    },
  });
  registry.register('people.create', {
    write: true,
    run: async (input, { db, now }) => createBeneficiary(db, input, now, await centreToday(db, now)),
  });
  registry.register('people.update', {
    write: true,
    run: async ({ id, ...person }, { db, now }) =>
      editBeneficiary(db, id, person, now, await centreToday(db, now)),
  });
}
