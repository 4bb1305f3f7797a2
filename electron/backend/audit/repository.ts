import type { AuditEntry, AuditKind, AuditRowChange } from '../../../shared/contract/audit';
import { addDays } from '../../../shared/domain/calendar';
import { zonedInstant } from '../../../shared/domain/scheduling/time-zone';
import type { Db } from '../db/connection';

export interface AuditFilter {
  beneficiaryId: number | null;
  userId: string | null;
  kind: AuditKind | null;
  from: string | null;
  to: string | null;
}

function parse(json: string | null): Record<string, unknown> | null {
  return json === null ? null : (JSON.parse(json) as Record<string, unknown>);
}

function filtered(db: Db, filter: AuditFilter, timeZone: string) {
  let query = db.selectFrom('audit_calls as c');
  if (filter.userId !== null) query = query.where('c.user_id', '=', filter.userId);
  if (filter.kind !== null) query = query.where('c.kind', '=', filter.kind);
  if (filter.from !== null) query = query.where('c.at', '>=', zonedInstant(filter.from, '00:00', timeZone));
  if (filter.to !== null)
    query = query.where('c.at', '<', zonedInstant(addDays(filter.to, 1), '00:00', timeZone));
  if (filter.beneficiaryId !== null) {
    const person = filter.beneficiaryId;
    // The person's own file opened, or any row of theirs changed by the call.
    query = query.where((eb) =>
      eb.or([
        eb('c.beneficiary_id', '=', person),
        eb.exists(
          eb
            .selectFrom('audit_changes as ch')
            .select('ch.id')
            .whereRef('ch.call_id', '=', 'c.id')
            .where('ch.beneficiary_id', '=', person),
        ),
      ]),
    );
  }
  return query;
}

/** One page of the log, newest first, each call with its row changes and the person it concerns. */
export async function listAudit(
  db: Db,
  filter: AuditFilter,
  page: number,
  pageSize: number,
  timeZone: string,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const count = await filtered(db, filter, timeZone)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const calls = await filtered(db, filter, timeZone)
    .selectAll('c')
    .orderBy('c.id', 'desc')
    .limit(pageSize)
    .offset(page * pageSize)
    .execute();
  const ids = calls.map((c) => c.id);
  const changes =
    ids.length === 0
      ? []
      : await db.selectFrom('audit_changes').selectAll().where('call_id', 'in', ids).orderBy('id').execute();
  const people = new Set<number>();
  for (const c of calls) if (c.beneficiary_id !== null) people.add(c.beneficiary_id);
  for (const ch of changes) if (ch.beneficiary_id !== null) people.add(ch.beneficiary_id);
  const names = new Map<number, string>();
  if (people.size > 0) {
    const rows = await db
      .selectFrom('beneficiaries')
      .select(['id', 'family_name', 'given_name'])
      .where('id', 'in', [...people])
      .execute();
    for (const r of rows) names.set(r.id, `${r.family_name} ${r.given_name}`.trim());
  }
  const entries = calls.map((call): AuditEntry => {
    const own = changes.filter((ch) => ch.call_id === call.id);
    const beneficiaryId =
      call.beneficiary_id ?? own.find((ch) => ch.beneficiary_id !== null)?.beneficiary_id ?? null;
    return {
      id: call.id,
      at: call.at,
      kind: call.kind as AuditKind,
      action: call.action,
      userId: call.user_id,
      userName: call.user_name,
      beneficiaryId,
      beneficiaryName: beneficiaryId === null ? null : (names.get(beneficiaryId) ?? null),
      changes: own.map((ch): AuditRowChange => ({
        table: ch.table_name,
        operation: ch.operation as AuditRowChange['operation'],
        key: parse(ch.row_key) ?? {},
        before: parse(ch.before),
        after: parse(ch.after),
      })),
    };
  });
  return { entries, total: Number(count.n) };
}

export async function auditUsers(db: Db): Promise<Array<{ userId: string; userName: string }>> {
  const rows = await db
    .selectFrom('audit_calls')
    .select(['user_id', (eb) => eb.fn.max('user_name').as('user_name')])
    .where('user_id', 'is not', null)
    .groupBy('user_id')
    .execute();
  const current = await db.selectFrom('accounts').select(['id', 'display_name']).execute();
  const byId = new Map(current.map((a) => [a.id, a.display_name]));
  return rows
    .flatMap((r) => (r.user_id === null ? [] : [{ userId: r.user_id, stored: r.user_name }]))
    .map(({ userId, stored }) => ({ userId, userName: byId.get(userId) ?? stored ?? userId }))
    .sort((a, b) => a.userName.localeCompare(b.userName));
}
