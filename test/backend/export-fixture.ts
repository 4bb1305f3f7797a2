import { sql } from 'kysely';
import type { Backend } from '../../electron/backend';
import { NOT_DATA } from '../../electron/backend/data-export/tables';
import { makePinfl } from '../../shared/domain/pinfl';
import {
  bookMonday,
  groupSessionOn,
  openAttendanceCentre,
  poolWithChildren,
  type AttendanceCentre,
} from './attendance-fixture';
import { child, create } from './people-fixture';
import { call } from './schedule-fixture';

/**
 * A small centre with a little of everything the exports read: the attendance tests' centre (two children,
 * five pool children, two specialists, rooms), the pool group with its sessions, Monday's individual session,
 * marks on the group's first session, and people discharged long ago and lately.
 */
export interface ExportCentre extends AttendanceCentre {
  groupId: number;
  monday: number;
  tuesday: number;
  /** Discharged on 2020-02-28: six years before the fixture's today. */
  longGone: number;
  /** Discharged on 2024-06-30: less than five years before. */
  lately: number;
}

export async function discharged(
  backend: Backend,
  givenName: string,
  dischargeDate: string,
  serial: number,
): Promise<number> {
  const person = await create(
    backend,
    child({
      givenName,
      birthDate: '2012-04-01',
      pinfl: makePinfl('2012-04-01', 'male', 203, serial),
      referralDate: '2018-09-01',
      consentDate: '2018-09-03',
      status: 'discharged',
      dischargeDate,
      dischargeReason: 'Oila boshqa shaharga koʻchdi',
      guardians: [],
    }),
  );
  return person.id;
}

export async function openExportCentre(): Promise<ExportCentre> {
  const centre = await openAttendanceCentre();
  const groupId = await poolWithChildren(centre);
  const monday = await bookMonday(centre);
  const tuesday = await groupSessionOn(centre, groupId, '2026-03-17');
  centre.setNow('2026-03-20T06:00:00Z');
  await call(centre.backend, 'attendance.mark', {
    sessionId: tuesday,
    beneficiaryId: centre.kids[0]!,
    mark: 'present',
    arrivedAt: '09:55',
  });
  await call(centre.backend, 'attendance.mark', {
    sessionId: tuesday,
    beneficiaryId: centre.kids[1]!,
    mark: 'absent_excused',
    reason: 'Shamollagan',
  });
  await call(centre.backend, 'attendance.mark', {
    sessionId: monday,
    beneficiaryId: centre.child,
    mark: 'late',
  });
  return {
    ...centre,
    groupId,
    monday,
    tuesday,
    longGone: await discharged(centre.backend, 'Oybek', '2020-02-28', 61),
    lately: await discharged(centre.backend, 'Javohir', '2024-06-30', 62),
  };
}

/** Every data table's rows (not the migrator's, nor transient state), ordered so equal contents compare equal. */
export async function tableContents(backend: Backend): Promise<Record<string, unknown[]>> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'
    and name not like 'sqlite\\_%' escape '\\' order by name`.execute(backend.db);
  const contents: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    if (NOT_DATA.has(name)) continue;
    const rows = backend.raw.prepare(`select * from "${name}"`).raw().all() as unknown[][];
    contents[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return contents;
}
