import { contract, fieldIssues, type FieldIssue, type ParsedInput } from '../../../shared/contract';
import { canBook, sessionsToBook } from '../../../shared/domain/programmes';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';
import { book } from '../schedule/book';
import { getProgramme, readPrescriptions } from './read';
import { refused } from './references';

type Input = ParsedInput<'programmes.bookPrescription'>;

/** Where a schedule.book field's problem is shown on the prescription's booking form. */
const FIELD_OF: Record<string, string> = {
  date: 'startDate',
  'repeat.weekdays': 'weekdays',
  'repeat.end': 'weekdays',
  minutes: '_form',
};

/**
 * The sessions still owed on a prescription, booked as one weekly series through the scheduling engine within
 * the caller's transaction: its clash and decision CONFLICTs pass through as they are, and nothing is linked
 * unless the series is written.
 */
export async function bookPrescription(input: Input, ctx: HandlerContext) {
  const row = await ctx.db
    .selectFrom('prescriptions')
    .select(['id', 'programme_id', 'service_id', 'minutes'])
    .where('id', '=', input.prescriptionId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No prescription ${input.prescriptionId}`);
  const programme = await getProgramme(ctx.db, row.programme_id);
  if (!canBook(programme.status))
    throw refused(`Programme ${programme.id} is ${programme.status}`, 'programmes.validation.notActive');
  const prescription = (await readPrescriptions(ctx.db, programme)).find((p) => p.id === row.id);
  const count = prescription ? sessionsToBook(prescription.counts) : 0;
  if (count === 0)
    throw refused(`Prescription ${row.id} is fully booked`, 'programmes.validation.fullyBooked');

  const booking = {
    serviceId: row.service_id,
    specialistId: input.specialistId,
    roomId: input.roomId,
    beneficiaryId: programme.beneficiaryId,
    motherGuardianId: input.motherGuardianId,
    date: input.startDate,
    startTime: input.startTime,
    minutes: row.minutes,
    notes: input.notes,
    repeat: { weekdays: input.weekdays, intervalWeeks: 1, end: { kind: 'count', count } },
    decisions: input.decisions,
    ...(input.override && { override: input.override }),
  };
  const parsed = contract['schedule.book'].input.safeParse(booking);
  if (!parsed.success) {
    const fields: Record<string, FieldIssue> = {};
    for (const [path, issue] of Object.entries(fieldIssues(parsed.error, booking)))
      fields[FIELD_OF[path] ?? path] ??= issue;
    throw new AppError('VALIDATION', 'The booking of the prescription is invalid', { fields });
  }
  const result = await book(parsed.data, ctx);
  if (result.seriesId === null) throw new Error('A repeating booking returned no series');
  await ctx.db
    .insertInto('prescription_series')
    .values({
      prescription_id: row.id,
      series_id: result.seriesId,
      created_at: ctx.now.toISOString(),
      created_by: ctx.caller.userId,
    })
    .execute();
  return { seriesId: result.seriesId, sessionIds: result.sessionIds, overrideId: result.overrideId };
}
