import type { ParsedInput } from '../../../shared/contract';
import type { RegisterDay, RegisterMonth, RegisterScope } from '../../../shared/contract/attendance';
import {
  EMPTY_TOTALS,
  monthDates,
  registerGrid,
  type PersonSessionMark,
  type RegisterTotals,
} from '../../../shared/domain/attendance';
import { isoWeekdayOf } from '../../../shared/domain/calendar';
import { calendarDateIn } from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { readSettings } from '../settings/repository';
import { expectedFor } from './day';
import { marksOfSessions } from './mark-store';
import { plannedInRange } from './planned';
import { peopleOfSessions, sessionsBetween } from './sessions-read';

/** The monthly attendance register (табель) as data, for the PDF and the screen alike. */

function shortName(row: { family_name: string; given_name: string }): string {
  return `${row.family_name} ${row.given_name.slice(0, 1)}.`;
}

async function scopeOf(db: Db, input: ParsedInput<'attendance.month'>): Promise<RegisterScope> {
  if (input.groupId !== undefined) {
    const group = await db
      .selectFrom('groups as g')
      .innerJoin('staff as st', 'st.id', 'g.teacher_id')
      .select(['g.id', 'g.name', 'g.service_id', 'g.teacher_id', 'st.family_name', 'st.given_name'])
      .where('g.id', '=', input.groupId)
      .executeTakeFirst();
    if (!group) throw new AppError('NOT_FOUND', `No group ${input.groupId}`);
    return {
      kind: 'group',
      id: group.id,
      name: group.name,
      serviceId: group.service_id,
      responsibleId: group.teacher_id,
      responsible: shortName(group),
    };
  }
  if (input.serviceId !== undefined) {
    const service = await db
      .selectFrom('services')
      .select('id')
      .where('id', '=', input.serviceId)
      .executeTakeFirst();
    if (!service) throw new AppError('NOT_FOUND', `No service ${input.serviceId}`);
    return { kind: 'service', id: service.id, serviceId: service.id };
  }
  if (input.specialistId !== undefined) {
    const staff = await db
      .selectFrom('staff')
      .select(['id', 'family_name', 'given_name'])
      .where('id', '=', input.specialistId)
      .executeTakeFirst();
    if (!staff) throw new AppError('NOT_FOUND', `No specialist ${input.specialistId}`);
    return { kind: 'specialist', id: staff.id, responsibleId: staff.id, responsible: shortName(staff) };
  }
  return { kind: 'centre' };
}

async function registerDays(
  db: Db,
  dates: readonly string[],
  workingDays: readonly number[],
): Promise<RegisterDay[]> {
  const [from, to] = [dates[0] ?? '', dates[dates.length - 1] ?? ''];
  const closures = await db
    .selectFrom('closures')
    .select(['start_date', 'end_date', 'name', 'holiday_key'])
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .where('dismissed_at', 'is', null)
    .orderBy('start_date')
    .execute();
  return dates.map((date) => {
    const weekday = isoWeekdayOf(date);
    const closure = closures.find((c) => c.start_date <= date && date <= c.end_date);
    return {
      date,
      day: Number(date.slice(8, 10)),
      weekday,
      dayOff: !workingDays.includes(weekday),
      closure: closure?.name ?? null,
      holidayKey: closure?.holiday_key ?? null,
    };
  });
}

function sumTotals(all: readonly RegisterTotals[]): RegisterTotals {
  const sum = { ...EMPTY_TOTALS };
  for (const totals of all)
    for (const key of Object.keys(sum) as Array<keyof RegisterTotals>) sum[key] += totals[key];
  return sum;
}

/**
 * People × days of the month. A recorded mark wins; an unmarked session counts as its cancellation or the
 * planned absence implies; nothing after the centre's today is marked (the register is of what happened).
 */
export async function registerMonth(
  db: Db,
  input: ParsedInput<'attendance.month'>,
  now: Date,
): Promise<RegisterMonth> {
  const settings = await readSettings(db);
  const scope = await scopeOf(db, input);
  const dates = monthDates(input.month);
  const [from, to] = [`${input.month}-01`, dates[dates.length - 1] ?? `${input.month}-01`];
  const today = calendarDateIn(now, settings.timeZone);
  const sessions = await sessionsBetween(db, from, to, settings.timeZone, input);
  const ids = sessions.map((s) => s.id);
  const people = await peopleOfSessions(db, ids);
  const marks = await marksOfSessions(db, ids);
  const planned = await plannedInRange(db, from, to);
  const sessionById = new Map(sessions.map((s) => [s.id, s]));

  const entries: PersonSessionMark[] = people.flatMap((person) => {
    const session = sessionById.get(person.sessionId);
    if (!session) return [];
    const recorded = marks.get(`${person.sessionId}|${person.beneficiaryId}`);
    const implied = session.date > today ? null : expectedFor(session, person.beneficiaryId, planned);
    return [
      {
        beneficiaryId: person.beneficiaryId,
        date: session.date,
        mark: recorded?.mark ?? implied?.mark ?? null,
      },
    ];
  });
  // One row per person, in the order of names (peopleOfSessions sorts them).
  const seen = new Set<number>();
  const persons = people.filter((p) => !seen.has(p.beneficiaryId) && seen.add(p.beneficiaryId));
  const grid = registerGrid(dates, persons, entries);
  const rows = grid.rows.map(({ person, cells, totals }, index) => ({
    number: index + 1,
    beneficiaryId: person.beneficiaryId,
    familyName: person.familyName,
    givenName: person.givenName,
    patronymic: person.patronymic,
    cells,
    totals,
  }));
  return {
    month: input.month,
    centreName: settings.name,
    scope,
    days: await registerDays(db, dates, settings.workingDays),
    rows,
    dayTotals: grid.dayTotals,
    totals: sumTotals(rows.map((r) => r.totals)),
  };
}
