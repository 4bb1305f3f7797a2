import type { Backend } from '../../electron/backend';
import { demoPerson, serviceIdsByCode } from '../../electron/backend/demo/people';
import { Random } from '../../electron/backend/demo/random';
import { writeTransaction } from '../../electron/backend/db/transaction';
import { insertBeneficiary } from '../../electron/backend/people/repository';
import { centreToday } from '../../electron/backend/people/today';
import { beneficiaryInputSchema } from '../../shared/contract/people';

/**
 * Tops the centre up to `total` beneficiaries, drawn like the demo's and written straight through the
 * repository in one transaction: the contract's checks are the same, only the per-person round trip is saved.
 */
export async function generatePeople(backend: Backend, total: number): Promise<number> {
  const existing = Number(
    (
      await backend.db
        .selectFrom('beneficiaries')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const now = new Date();
  const ctx = {
    random: new Random(5000),
    today: await centreToday(backend.db, now),
    serviceIds: await serviceIdsByCode(backend, { serviceIds: {}, roomIds: [], staffIds: [] }),
    // Past the demo's serial numbers, so no generated PINFL repeats one of the demo's.
    serial: 1000,
  };
  const count = Math.max(0, total - existing);
  await writeTransaction(backend.db, async (trx) => {
    for (let index = 1; index <= count; index += 1) {
      await insertBeneficiary(trx, beneficiaryInputSchema.parse(demoPerson(ctx, index)), now);
    }
  });
  return count;
}
