import type { ParsedInput } from '../../../shared/contract';
import type {
  AttendanceSummary,
  SummaryNames,
  SummaryScope,
  SummaryServiceRow,
} from '../../../shared/contract/attendance-summary';
import { summarise, type SummaryVisit } from '../../../shared/domain/attendance-summary';
import { calendarDateIn } from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { Registry } from '../registry';
import { readSettings } from '../settings/repository';
import { expectedFor } from './day';
import { marksOfSessions } from './mark-store';
import { plannedInRange } from './planned';
import { peopleOfSessions, sessionsBetween } from './sessions-read';

/** Attendance over a period per service and group: the data of the summary screen and its PDF. */

interface ServiceRow {
  id: number;
  name_uz_latn: string;
  name_uz_cyrl: string;
  name_ru: string;
  name_en: string;
}

const names = (row: ServiceRow): SummaryNames => ({
  'uz-Latn': row.name_uz_latn,
  'uz-Cyrl': row.name_uz_cyrl,
  ru: row.name_ru,
  en: row.name_en,
});

function servicesQuery(db: Db) {
  return db.selectFrom('services').select(['id', 'name_uz_latn', 'name_uz_cyrl', 'name_ru', 'name_en']);
}

async function scopeOf(db: Db, input: ParsedInput<'attendance.summary'>): Promise<SummaryScope> {
  if (input.groupId !== undefined) {
    const group = await db
      .selectFrom('groups')
      .select(['id', 'name', 'service_id'])
      .where('id', '=', input.groupId)
      .executeTakeFirst();
    if (!group) throw new AppError('NOT_FOUND', `No group ${input.groupId}`);
    return { kind: 'group', groupId: group.id, name: group.name, serviceId: group.service_id };
  }
  if (input.serviceId !== undefined) {
    const service = await servicesQuery(db).where('id', '=', input.serviceId).executeTakeFirst();
    if (!service) throw new AppError('NOT_FOUND', `No service ${input.serviceId}`);
    return { kind: 'service', serviceId: service.id, names: names(service) };
  }
  return { kind: 'centre' };
}

interface Bucket {
  serviceId: number;
  groupId: number | null;
  groupName: string | null;
  visits: SummaryVisit[];
}

/**
 * Every visit of the period (one person expected at one session) with the mark that counts for it — recorded,
 * else what the session's cancellation or a planned absence implies, as the register counts them — sorted
 * into a bucket per service and group, then counted by the pure summarise().
 */
export async function attendanceSummary(
  db: Db,
  input: ParsedInput<'attendance.summary'>,
  now: Date,
): Promise<AttendanceSummary> {
  const settings = await readSettings(db);
  const scope = await scopeOf(db, input);
  const today = calendarDateIn(now, settings.timeZone);
  const sessions = await sessionsBetween(db, input.from, input.to, settings.timeZone, input);
  const ids = sessions.map((s) => s.id);
  const people = await peopleOfSessions(db, ids);
  const marks = await marksOfSessions(db, ids);
  const planned = await plannedInRange(db, input.from, input.to);
  const sessionById = new Map(sessions.map((s) => [s.id, s]));

  const buckets = new Map<string, Bucket>();
  for (const person of people) {
    const session = sessionById.get(person.sessionId);
    if (!session) continue;
    const key = `${session.service_id}|${session.group_id ?? ''}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = {
        serviceId: session.service_id,
        groupId: session.group_id,
        groupName: session.group_name,
        visits: [],
      };
      buckets.set(key, bucket);
    }
    const upcoming = session.date > today;
    const recorded = marks.get(`${person.sessionId}|${person.beneficiaryId}`)?.mark;
    const implied = upcoming ? null : expectedFor(session, person.beneficiaryId, planned)?.mark;
    bucket.visits.push({ sessionId: session.id, mark: recorded ?? implied ?? null, upcoming });
  }

  const serviceIds = [...new Set([...buckets.values()].map((b) => b.serviceId))].sort((a, b) => a - b);
  const serviceRows =
    serviceIds.length === 0
      ? []
      : await servicesQuery(db).where('id', 'in', serviceIds).orderBy('id').execute();
  const services: SummaryServiceRow[] = serviceRows.map((service) => {
    const own = [...buckets.values()].filter((b) => b.serviceId === service.id);
    const individual = own.find((b) => b.groupId === null);
    return {
      serviceId: service.id,
      names: names(service),
      counts: summarise(own.flatMap((b) => b.visits)),
      groups: own
        .filter((b) => b.groupId !== null)
        .sort(
          (a, b) =>
            (a.groupName ?? '').localeCompare(b.groupName ?? '') || (a.groupId ?? 0) - (b.groupId ?? 0),
        )
        .map((b) => ({ groupId: b.groupId ?? 0, name: b.groupName ?? '', counts: summarise(b.visits) })),
      individual: individual ? summarise(individual.visits) : null,
    };
  });
  return {
    from: input.from,
    to: input.to,
    today,
    centreName: settings.name,
    scope,
    services,
    total: summarise([...buckets.values()].flatMap((b) => b.visits)),
  };
}

export function registerAttendanceSummary(registry: Registry): void {
  registry.register('attendance.summary', {
    write: false,
    run: (input, { db, now }) => attendanceSummary(db, input, now),
  });
}
