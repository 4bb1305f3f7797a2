import type { Registry } from '../registry';
import { bookPrescription } from './book';
import { detailFor, listFor } from './casework';
import { addGoal, moveGoal, removeGoal, updateGoal } from './goal-write';
import { listProgrammes } from './list';
import { addPrescription, removePrescription, updatePrescription } from './prescription-write';
import { createProgramme, setStatus, updateProgramme } from './programme-write';
import { readDetail } from './read';
import { recordReview, startNextPeriod } from './review';

export function registerProgrammes(registry: Registry): void {
  registry.register('programmes.list', {
    write: false,
    run: async (input, { db, caller, now }) => listFor(caller, await listProgrammes(db, input, now)),
  });
  registry.register('programmes.get', {
    write: false,
    run: async (input, { db, caller, now }) => detailFor(caller, await readDetail(db, input.id, now)),
  });
  registry.register('programmes.create', {
    write: true,
    run: async (input, ctx) => readDetail(ctx.db, await createProgramme(input, ctx), ctx.now),
  });
  registry.register('programmes.update', {
    write: true,
    run: async (input, ctx) => {
      await updateProgramme(input, ctx);
      return readDetail(ctx.db, input.id, ctx.now);
    },
  });
  registry.register('programmes.setStatus', {
    write: true,
    run: async (input, ctx) => {
      await setStatus(input.id, input.status, ctx);
      return readDetail(ctx.db, input.id, ctx.now);
    },
  });
  registry.register('programmes.addGoal', {
    write: true,
    run: async ({ programmeId, ...goal }, { db, now }) => {
      await addGoal(db, programmeId, goal, now);
      return readDetail(db, programmeId, now);
    },
  });
  registry.register('programmes.updateGoal', {
    write: true,
    run: async ({ goalId, ...goal }, { db, now }) =>
      readDetail(db, await updateGoal(db, goalId, goal, now), now),
  });
  registry.register('programmes.removeGoal', {
    write: true,
    run: async ({ goalId }, { db, now }) => readDetail(db, await removeGoal(db, goalId), now),
  });
  registry.register('programmes.moveGoal', {
    write: true,
    run: async ({ goalId, direction }, { db, now }) =>
      readDetail(db, await moveGoal(db, goalId, direction, now), now),
  });
  registry.register('programmes.addPrescription', {
    write: true,
    run: async ({ programmeId, ...fields }, { db, now }) => {
      await addPrescription(db, programmeId, fields, now);
      return readDetail(db, programmeId, now);
    },
  });
  registry.register('programmes.updatePrescription', {
    write: true,
    run: async ({ prescriptionId, ...fields }, { db, now }) =>
      readDetail(db, await updatePrescription(db, prescriptionId, fields, now), now),
  });
  registry.register('programmes.removePrescription', {
    write: true,
    run: async ({ prescriptionId }, { db, now }) =>
      readDetail(db, await removePrescription(db, prescriptionId), now),
  });
  registry.register('programmes.bookPrescription', {
    write: true,
    run: async (input, ctx) => {
      const booked = await bookPrescription(input, ctx);
      const { programme_id } = await ctx.db
        .selectFrom('prescriptions')
        .select('programme_id')
        .where('id', '=', input.prescriptionId)
        .executeTakeFirstOrThrow();
      return { ...booked, programme: detailFor(ctx.caller, await readDetail(ctx.db, programme_id, ctx.now)) };
    },
  });
  registry.register('programmes.review', {
    write: true,
    run: async (input, ctx) => {
      await recordReview(input, ctx);
      return readDetail(ctx.db, input.programmeId, ctx.now);
    },
  });
  registry.register('programmes.startNextPeriod', {
    write: true,
    run: async (input, ctx) => readDetail(ctx.db, await startNextPeriod(input.programmeId, ctx), ctx.now),
  });
}
