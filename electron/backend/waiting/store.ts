import type { WaitingEntryView } from '../../../shared/contract/waiting';
import {
  compareWaiting,
  positionInQueue,
  type WaitingPriority,
  type WaitingStatus,
} from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { AppError } from '../errors';

/** Waiting-list rows, read as the lists people see: each entry with its name and place in its queue. */

export interface WaitingFilter {
  /** A group's list; null = the service lists of individual places only; left out = any. */
  groupId?: number | null;
  serviceId?: number;
  includeClosed?: boolean;
  ids?: number[];
}

const STATUS_ORDER: Record<WaitingStatus, number> = { offered: 0, waiting: 1, placed: 2, withdrawn: 3 };

/** Entries matching the filter, offered ones first, then each queue in order, then closed ones. */
export async function readEntries(db: Db, filter: WaitingFilter): Promise<WaitingEntryView[]> {
  let query = db
    .selectFrom('waiting_list as w')
    .innerJoin('beneficiaries as b', 'b.id', 'w.beneficiary_id')
    .leftJoin('groups as g', 'g.id', 'w.group_id')
    .select([
      'w.id',
      'w.beneficiary_id',
      'w.group_id',
      'w.service_id',
      'w.priority',
      'w.status',
      'w.note',
      'w.added_at',
      'b.family_name',
      'b.given_name',
      'b.patronymic',
      'b.birth_date',
      'g.name as group_name',
    ]);
  // An archived person (retention) holds no place in a queue and shows in no list.
  query = query.where('b.archived_at', 'is', null);
  const { groupId, serviceId, ids } = filter;
  if (groupId === null) query = query.where('w.group_id', 'is', null);
  else if (groupId !== undefined) query = query.where('w.group_id', '=', groupId);
  if (serviceId !== undefined) query = query.where('w.service_id', '=', serviceId);
  if (!filter.includeClosed) query = query.where('w.status', 'in', ['waiting', 'offered']);
  if (ids !== undefined) query = query.where('w.id', 'in', ids.length > 0 ? ids : [0]);
  const rows = await query.execute();
  const entries = rows.map((row) => ({
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    groupId: row.group_id,
    serviceId: row.service_id,
    priority: row.priority as WaitingPriority,
    addedAt: row.added_at,
    status: row.status as WaitingStatus,
    note: row.note,
    beneficiaryName: [row.family_name, row.given_name, row.patronymic].filter(Boolean).join(' '),
    birthDate: row.birth_date,
    groupName: row.group_name,
  }));
  const listOf = (e: { groupId: number | null; serviceId: number }) => `${e.groupId ?? ''}/${e.serviceId}`;
  return entries
    .map((entry) => ({
      ...entry,
      position: positionInQueue(
        entries.filter((e) => listOf(e) === listOf(entry)),
        entry.id,
      ),
    }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareWaiting(a, b));
}

export async function readEntry(db: Db, id: number): Promise<WaitingEntryView> {
  const row = await db
    .selectFrom('waiting_list')
    .select(['group_id', 'service_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No waiting-list entry ${id}`);
  // The whole list, so that the entry's place in the queue is counted.
  const list = await readEntries(db, {
    groupId: row.group_id,
    serviceId: row.service_id,
    includeClosed: true,
  });
  const entry = list.find((e) => e.id === id);
  if (!entry) throw new AppError('NOT_FOUND', `No waiting-list entry ${id}`);
  return entry;
}

export async function setStatus(db: Db, id: number, status: WaitingStatus, now: Date): Promise<void> {
  await db
    .updateTable('waiting_list')
    .set({ status, updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}
