import type { ParsedInput } from '../../../shared/contract';
import type { EnrolResult, GroupFullConflict, WaitingOfferView } from '../../../shared/contract/groups';
import type { SessionClashes } from '../../../shared/contract/schedule';
import { addDays } from '../../../shared/domain/calendar';
import { ageInMonths, isEligible, isWithinAgeBand, type AgeBand } from '../../../shared/domain/services';
import {
  enrolmentBlockedOn,
  firstFreeDate,
  freePlacesOn,
  rosterOn,
  type Clash,
} from '../../../shared/domain/scheduling';
import { isArchived } from '../data-export/archive';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';
import { centreToday } from '../people/today';
import { ClashLoader } from '../schedule/clash-context';
import { candidateOf } from '../schedule/checks';
import { settleClashes } from '../schedule/verdict';
import { firstToOffer } from '../waiting/offer';
import { setStatus } from '../waiting/store';
import { ageBandOf, readGroup, readRoster } from './group-store';
import { syncRosterPeople } from './group-sessions';

/** Enrolling people in a group and letting them leave; a freed place goes to the waiting list first. */

function invalid(field: string, key: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fields: { [field]: { key } } });
}

/** Outside the group's age band on the first day, or without the service's eligibility: a manager may allow it. */
function personClashes(
  person: { id: number; birthDate: string; hasDisability: boolean; socialStatus: string },
  band: AgeBand,
  eligibility: Parameters<typeof isEligible>[1],
  date: string,
): Clash[] {
  const clashes: Clash[] = [];
  const ageMonths = ageInMonths(person.birthDate, date);
  if (!isWithinAgeBand(ageMonths, band))
    clashes.push({
      kind: 'outside_age_band',
      severity: 'soft',
      beneficiaryId: person.id,
      ageMonths,
      ...band,
    });
  if (!isEligible(person, eligibility))
    clashes.push({
      kind: 'not_eligible',
      severity: 'soft',
      beneficiaryId: person.id,
      required: [...eligibility],
    });
  return clashes;
}

export async function enrol(input: ParsedInput<'groups.enrol'>, ctx: HandlerContext): Promise<EnrolResult> {
  const { db } = ctx;
  const loader = new ClashLoader(db);
  const group = await readGroup(db, input.groupId);
  // The pickers hide archived people; restored from the archive, they can be enrolled again.
  if (await isArchived(db, input.beneficiaryId))
    throw new AppError('NOT_FOUND', `No beneficiary ${input.beneficiaryId}`);
  const person = await loader.person(input.beneficiaryId);
  const service = await loader.service(group.serviceId);
  if (input.startDate < (await centreToday(db, ctx.now)))
    throw invalid('startDate', 'groups.validation.startInPast', 'An enrolment cannot start in the past');
  const roster = await readRoster(db, group.id);
  const enrolment = { beneficiaryId: person.id, startDate: input.startDate, endDate: input.endDate };
  const overlaps = roster.some(
    (e) =>
      e.beneficiaryId === person.id &&
      (e.endDate === null || e.endDate >= enrolment.startDate) &&
      (enrolment.endDate === null || e.startDate <= enrolment.endDate),
  );
  if (overlaps)
    throw invalid('beneficiaryId', 'groups.validation.alreadyEnrolled', 'Already enrolled on these dates');

  let query = db
    .selectFrom('sessions')
    .selectAll()
    .where('group_id', '=', group.id)
    .where('date', '>=', input.startDate);
  if (input.endDate !== null) query = query.where('date', '<=', input.endDate);
  const sessions = await query.orderBy('date').orderBy('start_time').execute();
  const scheduled = sessions.filter((s) => s.status === 'scheduled');
  const dates = scheduled.map((s) => s.date);
  const full = enrolmentBlockedOn(group.capacity, roster, enrolment, dates);
  if (full.length > 0) {
    const details: GroupFullConflict = {
      kind: 'group_full',
      dates: full,
      firstFreeDate: firstFreeDate(group.capacity, roster, dates, input.startDate),
    };
    throw new AppError('CONFLICT', `The group is full on ${full.length} session dates`, { ...details });
  }

  const row = await db
    .insertInto('group_enrolments')
    .values({
      group_id: group.id,
      beneficiary_id: person.id,
      start_date: input.startDate,
      end_date: input.endDate,
      created_at: ctx.now.toISOString(),
      updated_at: ctx.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const nextRoster = [...roster, enrolment];
  await syncRosterPeople(db, group.id, nextRoster, input.startDate, input.endDate);

  // The person's own sessions at the group's times, and the room filling up, refuse; the rest is the manager's.
  const found: SessionClashes[] = [];
  const band = ageBandOf(group, service);
  const soft = personClashes(person, band, service.eligibility, input.startDate);
  if (soft.length > 0)
    found.push({ originalDate: null, date: input.startDate, startTime: group.rule.startTime, clashes: soft });
  for (const session of scheduled) {
    const fields = {
      seriesId: null,
      originalDate: null,
      serviceId: session.service_id,
      specialistId: session.specialist_id,
      roomId: session.room_id,
      motherGuardianId: null,
      date: session.date,
      startTime: session.start_time,
      minutes: session.minutes,
      cancelled: null,
      notes: session.notes,
    };
    const clashes = (
      await loader.clashes(candidateOf(session.id, fields, rosterOn(nextRoster, session.date)))
    ).filter(
      (clash) =>
        (clash.kind === 'beneficiary_busy' && clash.beneficiaryId === person.id) ||
        clash.kind === 'room_over_capacity',
    );
    if (clashes.length > 0)
      found.push({
        originalDate: session.group_original_date,
        date: session.date,
        startTime: session.start_time,
        clashes,
      });
  }
  const overrideId = await settleClashes(ctx, found, input.override, {
    sessionId: null,
    seriesId: null,
    groupId: group.id,
    enrolmentId: row.id,
  });

  const waiting = await db
    .selectFrom('waiting_list')
    .select('id')
    .where('group_id', '=', group.id)
    .where('beneficiary_id', '=', person.id)
    .where('status', 'in', ['waiting', 'offered'])
    .execute();
  for (const entry of waiting) await setStatus(db, entry.id, 'placed', ctx.now);
  return {
    enrolmentId: row.id,
    sessionIds: sessions.map((s) => s.id),
    overrideId,
    placedWaitingId: waiting[0]?.id ?? null,
  };
}

/**
 * Ends an enrolment after `lastDate`: later sessions no longer have the person, earlier ones keep them. If a
 * place is free from the next day, the first suitable person waiting is offered it and marked "offered".
 */
export async function leave(
  input: ParsedInput<'groups.leave'>,
  ctx: HandlerContext,
): Promise<{ offer: WaitingOfferView | null }> {
  const { db } = ctx;
  const row = await db
    .selectFrom('group_enrolments')
    .selectAll()
    .where('id', '=', input.enrolmentId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No enrolment ${input.enrolmentId}`);
  const today = await centreToday(db, ctx.now);
  if (input.lastDate < addDays(today, -1))
    throw invalid('lastDate', 'groups.validation.lastDateInPast', 'Earlier sessions are already recorded');
  if (row.end_date !== null && row.end_date <= input.lastDate)
    throw invalid('lastDate', 'groups.validation.alreadyLeft', 'The enrolment already ends by then');
  if (row.start_date > input.lastDate)
    await db.deleteFrom('group_enrolments').where('id', '=', row.id).execute();
  else
    await db
      .updateTable('group_enrolments')
      .set({ end_date: input.lastDate, updated_at: ctx.now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  const group = await readGroup(db, row.group_id);
  const roster = await readRoster(db, group.id);
  const from = addDays(input.lastDate, 1);
  await syncRosterPeople(db, group.id, roster, from);

  if (freePlacesOn(group.capacity, roster, from) === 0) return { offer: null };
  const service = await new ClashLoader(db).service(group.serviceId);
  const band = ageBandOf(group, service);
  const entry = await firstToOffer(db, {
    groupId: group.id,
    serviceId: group.serviceId,
    enrolledIds: rosterOn(roster, from),
    fits: (e) => isWithinAgeBand(ageInMonths(e.birthDate, from), band),
  });
  if (!entry) return { offer: null };
  await setStatus(db, entry.id, 'offered', ctx.now);
  return {
    offer: {
      entry: { ...entry, status: 'offered', position: null },
      from,
      groupId: group.id,
      sessionId: null,
    },
  };
}
