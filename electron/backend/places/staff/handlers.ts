import type { Registry } from '../../registry';
import { addAbsence, removeAbsence } from './absences';
import { absencesBetween, getStaff, listStaff } from './read';
import { createStaff, updateStaff } from './write';

export function registerStaff(registry: Registry): void {
  registry.register('staff.list', {
    write: false,
    run: (input, { db }) => listStaff(db, input),
  });
  registry.register('staff.get', {
    write: false,
    run: (input, { db }) => getStaff(db, input.id),
  });
  registry.register('staff.create', {
    write: true,
    run: (input, { db, now }) => createStaff(db, input, now),
  });
  registry.register('staff.update', {
    write: true,
    run: (input, { db, now }) => updateStaff(db, input, now),
  });
  registry.register('staff.absences.range', {
    write: false,
    run: (input, { db }) => absencesBetween(db, input.from, input.to),
  });
  registry.register('staff.absences.add', {
    write: true,
    run: (input, { db, now }) => addAbsence(db, input, now),
  });
  registry.register('staff.absences.remove', {
    write: true,
    run: (input, { db }) => removeAbsence(db, input.id),
  });
}
