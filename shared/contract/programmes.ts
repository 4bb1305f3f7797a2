import { z } from 'zod';
import type { ProgrammeDetail, ProgrammeListItem } from '../domain/programmes';
import { channel, returns, type ChannelDef } from './channel';
import {
  bookPrescriptionSchema,
  goalFieldsSchema,
  nextPeriodSchema,
  prescriptionFieldsSchema,
  programmeCreateSchema,
  programmeListSchema,
  programmeUpdateSchema,
  reviewSchema,
  setStatusSchema,
} from './programmes-input';

export * from './programmes-input';

const id = z.number().int().positive();

export interface ProgrammeList {
  items: ProgrammeListItem[];
  /** The centre's today, the date "due for review" was judged by. */
  today: string;
}

export interface PrescriptionBooking {
  seriesId: number;
  sessionIds: number[];
  overrideId: number | null;
  programme: ProgrammeDetail;
}

/** Individual programmes: goals with their attainment scales, prescriptions and reviews. */
export const programmesChannels = {
  'programmes.list': channel({
    input: programmeListSchema,
    output: returns<ProgrammeList>(),
    permission: 'programmes.read',
  }),
  'programmes.get': channel({
    input: z.strictObject({ id }),
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.read',
  }),
  /** A new programme is a draft; its goals may come with it. */
  'programmes.create': channel({
    input: programmeCreateSchema,
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  'programmes.update': channel({
    input: programmeUpdateSchema,
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  /** Draft → active approves it (records who and when); see shared/domain/programmes/status.ts for the rest. */
  'programmes.setStatus': channel({
    input: setStatusSchema,
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  'programmes.addGoal': channel({
    input: goalFieldsSchema.extend({ programmeId: id }),
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  'programmes.updateGoal': channel({
    input: goalFieldsSchema.extend({ goalId: id }),
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  /** Refused (CONFLICT) once a review or a progress note has rated the goal: the record keeps it. */
  'programmes.removeGoal': channel({
    input: z.strictObject({ goalId: id }),
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  /** Swaps a goal with its neighbour above or below; the notes and the progress report list goals in this order. */
  'programmes.moveGoal': channel({
    input: z.strictObject({ goalId: id, direction: z.enum(['up', 'down']) }),
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  'programmes.addPrescription': channel({
    input: prescriptionFieldsSchema.extend({ programmeId: id }),
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  'programmes.updatePrescription': channel({
    input: prescriptionFieldsSchema.extend({ prescriptionId: id }),
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  /** Refused (CONFLICT) once sessions were booked for it. */
  'programmes.removePrescription': channel({
    input: z.strictObject({ prescriptionId: id }),
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  /**
   * Books the sessions still owed on a prescription as one series through the scheduling engine, in the same
   * transaction, and links the series to the prescription. Refuses with schedule.book's own CONFLICT details
   * (clashes, needsOverride, needsDecision) unchanged; `decisions` and `override` are resent as for schedule.book.
   */
  'programmes.bookPrescription': channel({
    input: bookPrescriptionSchema,
    output: returns<PrescriptionBooking>(),
    permission: 'schedule.write',
  }),
  /** Records the level each goal reached and the conclusion; an active programme becomes reviewed. */
  'programmes.review': channel({
    input: reviewSchema,
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
  /** A new draft for the next period with the reviewed programme's goals; the reviewed one is closed. */
  'programmes.startNextPeriod': channel({
    input: nextPeriodSchema,
    output: returns<ProgrammeDetail>(),
    permission: 'programmes.write',
  }),
} satisfies Record<string, ChannelDef>;
