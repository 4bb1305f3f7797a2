import type { z } from 'zod';
import type { prescriptionFieldsSchema } from '../../../shared/contract/programmes';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { editableProgramme } from './programme-write';
import { refused, requireRow } from './references';

type PrescriptionFields = z.output<typeof prescriptionFieldsSchema>;

async function checkReferences(db: Db, fields: PrescriptionFields): Promise<void> {
  await requireRow(db, 'services', fields.serviceId, 'serviceId');
  if (fields.specialistId !== null) await requireRow(db, 'staff', fields.specialistId, 'specialistId');
}

export async function addPrescription(
  db: Db,
  programmeId: number,
  fields: PrescriptionFields,
  now: Date,
): Promise<void> {
  await editableProgramme(db, programmeId);
  await checkReferences(db, fields);
  const at = now.toISOString();
  await db
    .insertInto('prescriptions')
    .values({
      programme_id: programmeId,
      service_id: fields.serviceId,
      sessions_per_week: fields.sessionsPerWeek,
      weeks: fields.weeks,
      minutes: fields.minutes,
      specialist_id: fields.specialistId,
      notes: fields.notes,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function prescriptionRow(db: Db, prescriptionId: number) {
  const row = await db
    .selectFrom('prescriptions')
    .selectAll()
    .where('id', '=', prescriptionId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No prescription ${prescriptionId}`);
  return row;
}

async function isBooked(db: Db, prescriptionId: number): Promise<boolean> {
  const link = await db
    .selectFrom('prescription_series')
    .select('series_id')
    .where('prescription_id', '=', prescriptionId)
    .executeTakeFirst();
  return link !== undefined;
}

/** Once sessions are booked, the service is fixed: they were booked for it. The amounts may still change. */
export async function updatePrescription(
  db: Db,
  prescriptionId: number,
  fields: PrescriptionFields,
  now: Date,
): Promise<number> {
  const row = await prescriptionRow(db, prescriptionId);
  await editableProgramme(db, row.programme_id);
  await checkReferences(db, fields);
  if (fields.serviceId !== row.service_id && (await isBooked(db, prescriptionId)))
    throw refused(
      'The service of a booked prescription is fixed',
      'programmes.validation.serviceBooked',
      'serviceId',
    );
  await db
    .updateTable('prescriptions')
    .set({
      service_id: fields.serviceId,
      sessions_per_week: fields.sessionsPerWeek,
      weeks: fields.weeks,
      minutes: fields.minutes,
      specialist_id: fields.specialistId,
      notes: fields.notes,
      updated_at: now.toISOString(),
    })
    .where('id', '=', prescriptionId)
    .execute();
  return row.programme_id;
}

export async function removePrescription(db: Db, prescriptionId: number): Promise<number> {
  const row = await prescriptionRow(db, prescriptionId);
  await editableProgramme(db, row.programme_id);
  if (await isBooked(db, prescriptionId))
    throw refused(
      `Prescription ${prescriptionId} has sessions booked`,
      'programmes.validation.prescriptionBooked',
    );
  await db.deleteFrom('prescriptions').where('id', '=', prescriptionId).execute();
  return row.programme_id;
}
